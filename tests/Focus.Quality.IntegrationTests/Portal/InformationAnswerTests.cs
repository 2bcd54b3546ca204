using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The complainant answers an information request on the status page; the paused term runs on.</summary>
public sealed partial class InformationAnswerTests
{
    private const string Request = "Een kopie van uw re-integratieplan.";

    [Fact]
    public async Task An_answer_with_a_file_goes_on_the_case_resumes_the_term_with_the_paused_days_and_mails_the_handler()
    {
        await using var app = new FocusApp();
        var (handler, reference, link) = await PausedCaseAsync(app);
        var (due, unit, runsOn, paused) = await PausedAWeekAgoAsync(app, reference);
        var complainant = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = WebUtility.HtmlDecode(await complainant.GetStringAsync(PortalMail.Local(link)));
        Assert.Contains("Wij hebben van u nodig:", page, StringComparison.Ordinal);
        Assert.Contains(Request, page, StringComparison.Ordinal);

        var sent = await complainant.PostAsync(PortalMail.Local(link), Answer(page, "Hierbij mijn plan.", ("plan.pdf", "%PDF-1.7\n1 0 obj\n"u8.ToArray())));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var again = await complainant.PostAsync(PortalMail.Local(link), Answer(page, "Nog een keer verstuurd."));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Hierbij mijn plan.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = WebUtility.HtmlDecode(await complainant.GetStringAsync(sent.Headers.Location!.ToString().Split('#')[0]));
        Assert.Contains("Bedankt voor uw antwoord", after, StringComparison.Ordinal);
        Assert.Contains("Hierbij mijn plan.", after, StringComparison.Ordinal);
        Assert.Contains("plan.pdf", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Antwoord versturen", after, StringComparison.Ordinal);
        Assert.Contains($"De termijn stond {paused} dagen stil", after, StringComparison.Ordinal);
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal(TermPause.ResumedDueDate(unit, runsOn, due, paused, app.Services.GetRequiredService<IWorkingDayCalendar>()).ToString("yyyy-MM-dd"),
            Api.Term(@case, "Response").GetProperty("dueDate").GetString());
        var timeline = @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Single(timeline, k => k == "InformationReceived");
        Assert.Contains("AttachmentAdded", timeline);
        Assert.Contains("TermResumed", timeline);
        var mail = await PortalMail.MailAsync(app, $"De klager heeft informatie gestuurd voor klacht {reference}");
        Assert.Contains("behandelaar", mail.To.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"de {paused} dagen dat hij stilstond", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_file_or_missing_text_keeps_the_text_says_why_in_Dutch_and_changes_nothing()
    {
        await using var app = new FocusApp();
        var (_, reference, link) = await PausedCaseAsync(app);
        var complainant = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await complainant.GetStringAsync(PortalMail.Local(link));

        var refused = await complainant.PostAsync(PortalMail.Local(link), Answer(page, "Mijn plan zit erbij.", ("plan.pdf", "MZ not a pdf"u8.ToArray()), ("virus.exe", [1, 2, 3])));
        var empty = await complainant.PostAsync(PortalMail.Local(link), Answer(page, "  "));

        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Uw antwoord is nog niet verstuurd", html, StringComparison.Ordinal);
        Assert.Contains("plan.pdf: De inhoud van het bestand past niet bij de extensie .pdf", html, StringComparison.Ordinal);
        Assert.Contains("virus.exe: Dit soort bestand kan niet worden toegevoegd", html, StringComparison.Ordinal);
        Assert.Contains(">Mijn plan zit erbij.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Files-hint Files-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Schrijf uw antwoord", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var (pausedOn, documents) = await app.InScopeAsync(async s =>
        {
            var @case = await s.GetRequiredService<HandlingDbContext>().Cases.AsNoTracking().Include(c => c.Documents).SingleAsync(c => c.Reference == reference);
            return (@case.Term(TermCodes.Response)!.PausedOn, @case.Documents.Count);
        });
        Assert.NotNull(pausedOn);
        Assert.Equal(0, documents);
    }

    [Fact]
    public async Task An_answer_with_a_wrong_or_revoked_secret_gets_the_Dutch_page_of_a_wrong_link_and_without_the_antiforgery_token_changes_nothing()
    {
        await using var app = new FocusApp();
        var (handler, reference, link) = await PausedCaseAsync(app);
        var complainant = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await complainant.GetStringAsync(PortalMail.Local(link));

        var wrongSecret = await complainant.PostAsync($"/mijn-klacht/{reference}?t={Focus.Quality.Shared.Portal.PortalTokens.New().Token}", Answer(page, "Geraden link."));
        var noAntiforgery = await app.CreateClient().PostAsync(PortalMail.Local(link), Answer(page: string.Empty, "Zonder formulier."));
        // The handler revokes the link while the complainant writes the answer.
        Assert.True((await handler.PostAsync($"/api/cases/{reference}/portal-link/revoke", null)).IsSuccessStatusCode);
        var revoked = await complainant.PostAsync(PortalMail.Local(link), Answer(page, "Na het intrekken."));

        foreach (var refused in new[] { wrongSecret, revoked })
        {
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains("Deze link werkt niet", html, StringComparison.Ordinal);
            Assert.Contains("niet juist, verlopen of ingetrokken", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Request, html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, noAntiforgery.StatusCode);
        var pausedOn = await app.InScopeAsync(async s =>
            (await s.GetRequiredService<HandlingDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Reference == reference)).Term(TermCodes.Response)!.PausedOn);
        Assert.NotNull(pausedOn);
    }

    private static async Task<(HttpClient Handler, string Reference, Uri Link)> PausedCaseAsync(FocusApp app)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{reference}/assignment", new { assignee = FocusApp.UserFor(AppRoles.Handler) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = Request })).StatusCode);
        return (handler, reference, await PortalMail.LinkAsync(app, $"Wij hebben informatie van u nodig over uw klacht {reference}"));
    }

    /// <summary>Moves the start of the pause a week back; returns the term as it was before the answer and the days paused.</summary>
    private static async Task<(DateOnly Due, TermUnit Unit, bool RunsOn, int Paused)> PausedAWeekAgoAsync(FocusApp app, string reference)
    {
        var today = AmsterdamTime.DateOf(DateTimeOffset.UtcNow);
        var (due, unit, runsOn) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HandlingDbContext>();
            var term = (await db.Cases.SingleAsync(c => c.Reference == reference)).Term(TermCodes.Response)!;
            db.Entry(term).Property(nameof(CaseTerm.PausedOn)).CurrentValue = today.AddDays(-7);
            await db.SaveChangesAsync();
            return (term.DueDate, term.Unit, term.RunsToNextWorkingDay);
        });
        var paused = TermPause.PausedDays(unit, today.AddDays(-7), today, app.Services.GetRequiredService<IWorkingDayCalendar>());
        Assert.True(paused > 0);
        return (due, unit, runsOn, paused);
    }

    /// <summary>The status page's answer form as a browser sends it: the page's antiforgery token, the text and the files.</summary>
    private static MultipartFormDataContent Answer(string page, string text, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("information-answer", Encoding.UTF8), "_handler" },
            { new StringContent(text, Encoding.UTF8), "Form.Answer" },
        };
        if (AntiforgeryField().Match(page) is { Success: true } token)
        {
            form.Add(new StringContent(token.Groups[1].Value, Encoding.UTF8), "__RequestVerificationToken");
        }

        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "attachments", name);
        }

        return form;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
