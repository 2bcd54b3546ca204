using System.Net;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Portal;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The complainant's status page, opened with the link from the acknowledgement e-mail.</summary>
public sealed class StatusPageTests
{
    private const string InternalNote = "Interne notitie: klager belt vaak, collega Pieter Post overleggen";

    [Fact]
    public async Task The_link_in_the_acknowledgement_opens_the_status_page_with_no_internal_data_and_the_view_is_logged()
    {
        await using var app = new FocusApp();
        var (handler, reference, link) = await AcknowledgedCaseAsync(app);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/notes", new { note = InternalNote })).StatusCode);
        var visitor = app.CreateClient();

        var response = await visitor.GetAsync(PortalMail.Local(link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(reference, page, StringComparison.Ordinal);
        Assert.Contains("Ontvangst bevestigd", page, StringComparison.Ordinal);
        Assert.Contains("Hier staat uw klacht nu", page, StringComparison.Ordinal);
        Assert.Contains("Uw klacht wordt behandeld door Anna de Vries, Klachtbehandelaar.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Interne notitie", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pieter Post", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@focus.example\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("behandelaar@", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledgement", page, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var reads = await app.InScopeAsync(s => s.GetRequiredService<HandlingDbContext>().CaseReads.AsNoTracking().Where(r => r.Reference == reference).Select(r => r.ReadBy).ToListAsync());
        Assert.Contains(StatusQuery.ReadByComplainant, reads);
    }

    [Fact]
    public async Task Guessed_and_altered_secrets_a_missing_one_and_another_cases_link_all_get_one_identical_Dutch_page()
    {
        await using var app = new FocusApp();
        var (handler, reference, link) = await AcknowledgedCaseAsync(app);
        var other = await Api.SubmitPublicAsync(app.CreateClient(), Api.PublicComplaint("Els Evers", "els@example.org"));
        await Api.CaseAsync(handler, other);
        var token = link.Query["?t=".Length..];
        var altered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        var visitor = app.CreateClient();

        var answers = new List<HttpResponseMessage>
        {
            await visitor.GetAsync($"/mijn-klacht/{reference}?t={Focus.Quality.Shared.Portal.PortalTokens.New().Token}"),
            await visitor.GetAsync($"/mijn-klacht/{reference}?t={altered}"),
            await visitor.GetAsync($"/mijn-klacht/{reference}"),
            await visitor.GetAsync($"/mijn-klacht/{other}?t={token}"),
            await visitor.GetAsync($"/mijn-klacht/KL-1999-00001?t={token}"),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        // The page's own content; the frame around it (the language switch) names the address it came from.
        var pages = (await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync())))
            .Select(MainOf).ToList();
        Assert.Single(pages.Distinct());
        Assert.Contains("Deze link werkt niet", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain(reference, pages[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PortalMail.Local(link))).StatusCode);
    }

    [Fact]
    public async Task A_revoked_link_stops_working_and_a_renewed_one_is_mailed_while_the_old_ones_stay_shut()
    {
        await using var app = new FocusApp();
        var (handler, reference, link) = await AcknowledgedCaseAsync(app);
        var visitor = app.CreateClient();
        var wrong = MainOf(await (await visitor.GetAsync($"/mijn-klacht/{reference}?t=x")).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/portal-link/revoke", null)).StatusCode);
        var revoked = await visitor.GetAsync(PortalMail.Local(link));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(wrong, MainOf(await revoked.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/portal-link/renew", null)).StatusCode);
        var renewed = await PortalMail.LinkAsync(app, $"Uw nieuwe link naar de status van uw klacht {reference}");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PortalMail.Local(renewed))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(PortalMail.Local(link))).StatusCode);
        var timeline = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("PortalLinkRevoked", timeline);
        Assert.Contains("PortalLinkRenewed", timeline);
    }

    [Fact]
    public async Task A_link_expires_the_configured_months_after_the_case_closed()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?>
        {
            ["Handling:Closing:Interval"] = "00:00:00.200",
            ["Portal:LinkValidMonths"] = "0",
        });
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var received = DateTimeOffset.UtcNow.AddDays(-60);
        var reference = await Api.RegisterAsync(handler, received, email: "fatima@example.org");
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, DateOnly.FromDateTime(received.UtcDateTime).AddDays(1))).StatusCode);
        var link = await PortalMail.LinkAsync(app, $"Reactie op uw klacht {reference}");

        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(PortalMail.Local(link))).StatusCode);
    }

    [Fact]
    public async Task The_letters_open_with_the_same_secret_and_with_no_other()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);
        var link = await PortalMail.LinkAsync(app, $"Reactie op uw klacht {reference}");
        var visitor = app.CreateClient();
        var page = await visitor.GetStringAsync(PortalMail.Local(link));
        var letter = System.Text.RegularExpressions.Regex.Match(page, "href=\"(mijn-klacht/[^\"]+/brieven/[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);

        var download = await visitor.GetAsync("/" + letter);
        var wrong = await visitor.GetAsync("/" + letter[..letter.IndexOf("?t=", StringComparison.Ordinal)] + "?t=" + Focus.Quality.Shared.Portal.PortalTokens.New().Token);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("PK", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync())[..2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("Schriftelijke reactie van", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_are_limited_per_reference_and_per_address()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?>
        {
            ["Portal:PermitLimitPerReference"] = "3",
            ["Portal:PermitLimitPerAddress"] = "6",
        });
        var (_, reference, link) = await AcknowledgedCaseAsync(app);
        var visitor = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(PortalMail.Local(link))).StatusCode);
        }

        var fourth = await visitor.GetAsync(PortalMail.Local(link));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("te vaak opgevraagd", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Other references from the same address: two more pass, then the address has used its six.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/mijn-klacht/KL-1999-00001?t=a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/mijn-klacht/KL-1999-00002?t=a")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await visitor.GetAsync("/mijn-klacht/KL-1999-00003?t=a")).StatusCode);
    }

    private static string MainOf(string page) => System.Text.RegularExpressions.Regex.Match(page, "<main.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;

    private static async Task<(HttpClient Handler, string Reference, Uri Link)> AcknowledgedCaseAsync(FocusApp app)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{reference}/assignment", new { assignee = FocusApp.UserFor(AppRoles.Handler) })).StatusCode);
        var acknowledged = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Email", acknowledgedAt = DateTimeOffset.UtcNow, sendEmail = true });
        Assert.True(acknowledged.IsSuccessStatusCode, await acknowledged.Content.ReadAsStringAsync());
        return (handler, reference, await PortalMail.LinkAsync(app, $"Ontvangstbevestiging van uw klacht {reference}"));
    }
}
