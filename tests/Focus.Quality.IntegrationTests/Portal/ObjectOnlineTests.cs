using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Time;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The complainant objects on the status page, as a browser without JavaScript posts the form.</summary>
public sealed partial class ObjectOnlineTests(FocusApp app) : IClassFixture<FocusApp>
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task An_objection_made_on_the_status_page_reaches_the_director_like_a_written_one_with_a_receipt_and_a_second_submit_makes_no_second()
    {
        var (director, reference, link) = await RespondedAsync(Today);
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var status = WebUtility.HtmlDecode(await visitor.GetStringAsync(PortalMail.Local(link)));
        var due = ObjectionDue(await Api.CaseAsync(await app.ClientForAsync(Focus.Quality.Shared.Security.AppRoles.Handler), reference));
        Assert.Contains($"Uw bezwaar moet uiterlijk {Day(due)} bij ons binnen zijn", status, StringComparison.Ordinal);
        var formPath = FormLink().Match(status).Groups[1].Value;
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));
        Assert.Contains($"Uw bezwaar moet uiterlijk {Day(due)} bij ons binnen zijn", form, StringComparison.Ordinal);

        var posted = await visitor.PostAsync("/" + formPath, Post(Token(form), "Ik ben het oneens: de reactie gaat niet in op mijn gemiste afspraken.", ("brief.pdf", "%PDF-1.4 bijlage"u8.ToArray())));
        var again = await visitor.PostAsync("/" + formPath, Post(Token(form), "Nog een keer verstuurd.", null));

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        var receipt = WebUtility.HtmlDecode(await visitor.GetStringAsync(posted.Headers.Location));
        var own = "BZ-" + reference[3..];
        Assert.Contains("Wij hebben uw bezwaar ontvangen", receipt, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"objection-reference\">{own}<", receipt, StringComparison.Ordinal);
        Assert.Contains($"De directeur nodigt u uiterlijk {Day(Today.AddDays(7))} uit", receipt, StringComparison.Ordinal);
        Assert.Contains(own, WebUtility.HtmlDecode(await visitor.GetStringAsync(PortalMail.Local(link))), StringComparison.Ordinal);

        var objection = await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}", Api.Json);
        Assert.Equal("Registered", objection.GetProperty("status").GetString());
        Assert.Equal("StatusPage", objection.GetProperty("via").GetString());
        Assert.Equal(Today, DateOnly.Parse(objection.GetProperty("receivedOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.StartsWith("Ik ben het oneens", objection.GetProperty("grounds").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ComplainantAttachment"], objection.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(Today.AddDays(7), DateOnly.Parse(objection.GetProperty("terms")[0].GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(1, await app.InScopeAsync(s => s.GetRequiredService<ObjectionsDbContext>().Objections.CountAsync(o => o.Reference == reference)));
        await Eventually.TrueAsync(async () => (await Api.CaseAsync(await app.ClientForAsync(Focus.Quality.Shared.Security.AppRoles.Handler), reference))
            .GetProperty("status").GetString() == "InObjection");
        var mail = await Eventually.GetAsync(() => Task.FromResult(Mails($"Wij hebben uw bezwaar ontvangen, kenmerk {own}").SingleOrDefault()));
        Assert.Contains(own, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("via de statuspagina", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("fatima@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Single(Mails($"Wij hebben uw bezwaar ontvangen, kenmerk {own}"));
    }

    [Fact]
    public async Task Missing_grounds_and_a_refused_file_get_Dutch_errors_and_nothing_is_registered_or_lost()
    {
        var (_, reference, link) = await RespondedAsync(Today);
        var visitor = app.CreateClient();
        var status = WebUtility.HtmlDecode(await visitor.GetStringAsync(PortalMail.Local(link)));
        var formPath = FormLink().Match(status).Groups[1].Value;
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));

        var empty = await visitor.PostAsync("/" + formPath, Post(Token(form), "  ", null));
        var badFile = await visitor.PostAsync("/" + formPath, Post(Token(form), "Mijn bezwaar, met een verkeerd bestand.", ("foto.pdf", "MZ niet echt een pdf"u8.ToArray())));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Schrijf waarom u het niet eens bent met onze brief.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await badFile.Content.ReadAsStringAsync());
        Assert.Contains("foto.pdf: De inhoud van het bestand past niet bij de extensie .pdf.", refused, StringComparison.Ordinal);
        Assert.Contains("Mijn bezwaar, met een verkeerd bestand.</textarea>", refused, StringComparison.Ordinal);
        Assert.Equal(0, await app.InScopeAsync(s => s.GetRequiredService<ObjectionsDbContext>().Objections.CountAsync(o => o.Reference == reference)));
    }

    [Fact]
    public async Task After_the_term_the_page_still_takes_the_objection_says_the_director_judges_it_and_the_director_gets_it_flagged_late()
    {
        var (director, reference, link) = await RespondedAsync(Today.AddDays(-45));
        var visitor = app.CreateClient();
        var status = WebUtility.HtmlDecode(await visitor.GetStringAsync(PortalMail.Local(link)));
        Assert.Contains("De termijn om bezwaar te maken liep tot en met", status, StringComparison.Ordinal);
        Assert.Contains("de directeur beoordeelt dan eerst of uw bezwaar te laat is", status, StringComparison.Ordinal);
        var formPath = FormLink().Match(status).Groups[1].Value;
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));

        var receipt = WebUtility.HtmlDecode(await (await visitor.PostAsync("/" + formPath, Post(Token(form), "Te laat, maar toch.", null))).Content.ReadAsStringAsync());

        Assert.Contains("De directeur beoordeelt eerst of het toch in behandeling wordt genomen", receipt, StringComparison.Ordinal);
        var objection = await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}", Api.Json);
        Assert.Equal("LateReview", objection.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_form_refuses_a_wrong_secret_with_the_status_pages_answer()
    {
        var (_, reference, _) = await RespondedAsync(Today);

        var response = await app.CreateClient().GetAsync($"/mijn-klacht/{reference}/bezwaar?t={Focus.Quality.Shared.Portal.PortalTokens.New().Token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze link werkt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_complainant_confirms_the_hearing_invitation_on_the_page_and_the_director_sees_it_and_a_second_answer_changes_nothing()
    {
        var (director, reference, formPath, visitor) = await ObjectedOnlineAsync();
        await InviteAsync(director, reference);
        var invited = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));
        Assert.Contains($"De directeur nodigt u uit om uw bezwaar toe te lichten op {Day(Today.AddDays(5))} om 10:30 uur, op ons kantoor: Kantoor Utrecht", invited, StringComparison.Ordinal);

        var confirmed = await visitor.PostAsync("/" + formPath, Answer(Token(invited), "Confirmed"));
        var waivedAfter = await visitor.PostAsync("/" + formPath, Answer(Token(invited), "Waived"));

        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, waivedAfter.StatusCode);
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync(confirmed.Headers.Location));
        Assert.Contains($"bevestigd dat u uw bezwaar toelicht op {Day(Today.AddDays(5))}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"hearing-answer-form\"", page, StringComparison.Ordinal);
        var objection = await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}", Api.Json);
        Assert.Equal("Invited", objection.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, objection.GetProperty("hearing").GetProperty("confirmedAt").ValueKind);
        Assert.Contains("HearingConfirmed", objection.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("step").GetString()));
    }

    [Fact]
    public async Task Waiving_the_hearing_on_the_page_is_the_directors_waiver_and_starts_the_two_week_decision_term()
    {
        var (director, reference, formPath, visitor) = await ObjectedOnlineAsync();
        await InviteAsync(director, reference);
        var invited = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));

        var waived = await visitor.PostAsync("/" + formPath, Answer(Token(invited), "Waived"));

        Assert.Equal(HttpStatusCode.SeeOther, waived.StatusCode);
        var objection = await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}", Api.Json);
        Assert.Equal("Waived", objection.GetProperty("status").GetString());
        Assert.Equal("de klager via de statuspagina", objection.GetProperty("waiver").GetProperty("by").GetString());
        Assert.Equal(Today, DateOnly.Parse(objection.GetProperty("waiver").GetProperty("waivedOn").GetString()!, CultureInfo.InvariantCulture));
        var decisionDue = DateOnly.Parse(objection.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "FinalDecision")
            .GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(decisionDue.DayNumber - Today.DayNumber, 14, 18);
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync(waived.Headers.Location));
        Assert.Contains($"De directeur beslist uiterlijk {Day(decisionDue)} op uw bezwaar", page, StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => Kinds(await Api.CaseAsync(await app.ClientForAsync(Focus.Quality.Shared.Security.AppRoles.Handler), reference)).Contains("HearingWaived"));
    }

    private async Task<(HttpClient Director, string Reference, string FormPath, HttpClient Visitor)> ObjectedOnlineAsync()
    {
        var (director, reference, link) = await RespondedAsync(Today);
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var formPath = FormLink().Match(WebUtility.HtmlDecode(await visitor.GetStringAsync(PortalMail.Local(link)))).Groups[1].Value;
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + formPath));
        Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync("/" + formPath, Post(Token(form), "Ik wil het toelichten.", null))).StatusCode);
        return (director, reference, formPath, visitor);
    }

    private static Task InviteAsync(HttpClient director, string reference) => ObjectionApi.StepAsync(director, reference, "invitation", new
    {
        letterDate = ObjectionApi.Iso(Today),
        hearingAt = Today.AddDays(5).ToDateTime(new TimeOnly(10, 30)),
        form = "Office",
        place = "Kantoor Utrecht, Voorbeeldstraat 1",
    });

    private static List<string> Kinds(JsonElement @case) => [.. @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    private static FormUrlEncodedContent Answer(string token, string choice) => new(new Dictionary<string, string>
    {
        ["_handler"] = "hearing-answer",
        ["__RequestVerificationToken"] = token,
        ["Answer.Choice"] = choice,
    });

    private async Task<(HttpClient Director, string Reference, Uri Link)> RespondedAsync(DateOnly letterDate)
    {
        var (director, _, reference) = await ObjectionApi.RespondedCaseAsync(app, letterDate);
        return (director, reference, await PortalMail.LinkAsync(app, $"Reactie op uw klacht {reference}"));
    }

    private List<MimeMessage> Mails(string subject)
    {
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        return Directory.Exists(pickup) ? [.. Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Subject == subject)] : [];
    }

    private static DateOnly ObjectionDue(JsonElement @case) => DateOnly.Parse(
        @case.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "Objection").GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Token(string html) => TokenInput().Match(html).Groups[1].Value;

    private static MultipartFormDataContent Post(string token, string grounds, (string Name, byte[] Bytes)? file)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("online-objection"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(grounds), "Form.Grounds" },
        };
        if (file is { } attached)
        {
            var bytes = new ByteArrayContent(attached.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(bytes, "Attachments", attached.Name);
        }

        return content;
    }

    [GeneratedRegex("href=\"(mijn-klacht/[^\"]+/bezwaar\\?t=[^\"]+)\"")]
    private static partial Regex FormLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
