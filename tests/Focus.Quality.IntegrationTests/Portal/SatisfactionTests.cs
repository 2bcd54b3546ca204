using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>After closing, the complainant gets one e-mail with a personal link to a short satisfaction question.</summary>
public sealed partial class SatisfactionTests
{
    [Fact]
    public async Task A_closed_case_invites_once_takes_one_answer_and_a_no_signals_the_quality_officers_without_reopening()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Handling:Closing:Interval"] = "00:00:00.200" });
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var received = DateTimeOffset.UtcNow.AddDays(-60);
        var reference = await Api.RegisterAsync(handler, received, channel: "Email", email: "klager@example.org");
        await Api.CaseAsync(handler, reference);
        await Api.RespondAsync(handler, reference, DateOnly.FromDateTime(received.UtcDateTime).AddDays(1));
        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");

        var link = await PortalMail.LinkAsync(app, $"Hoe tevreden bent u over de afhandeling van uw klacht {reference}?");
        var complainant = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = WebUtility.HtmlDecode(await complainant.GetStringAsync(PortalMail.Local(link)));
        Assert.Contains("Is uw klacht naar tevredenheid opgelost?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await complainant.GetAsync($"/mijn-klacht/{reference}/tevredenheid?t=geraden")).StatusCode);

        var incomplete = WebUtility.HtmlDecode(await (await complainant.PostAsync(PortalMail.Local(link), Form(page, score: "2", resolved: null, "Niemand belde terug."))).Content.ReadAsStringAsync());
        Assert.Contains("Kies ja of nee.", incomplete, StringComparison.Ordinal);
        Assert.Contains(">Niemand belde terug.</textarea>", incomplete, StringComparison.Ordinal);
        Assert.Contains("value=\"2\" checked", incomplete, StringComparison.Ordinal);

        var sent = await complainant.PostAsync(PortalMail.Local(link), Form(page, score: "2", resolved: "nee", "Niemand belde terug."));
        var again = await complainant.PostAsync(PortalMail.Local(link), Form(page, score: "5", resolved: "ja", "Toch tevreden."));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Contains("Bedankt voor uw antwoord", WebUtility.HtmlDecode(await complainant.GetStringAsync(PortalMail.Local(link))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("U hebt deze vragen al beantwoord. Dank u wel", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var guessed = await complainant.PostAsync($"/mijn-klacht/{reference}/tevredenheid?t=geraden", Form(page, score: "1", resolved: "nee", "Geraden link."));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Contains("Deze link werkt niet", WebUtility.HtmlDecode(await guessed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var signal = await PortalMail.MailAsync(app, $"Klager niet tevreden over de afhandeling van klacht {reference}");
        Assert.Contains(FocusApp.UserFor(AppRoles.QualityOfficer), signal.To.ToString(), StringComparison.Ordinal);
        Assert.Contains("Niemand belde terug.", signal.TextBody, StringComparison.Ordinal);
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal("Closed", @case.GetProperty("status").GetString());
        var timeline = @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Single(timeline, k => k == "SatisfactionInvited");
        Assert.Single(timeline, k => k == "SatisfactionGiven");
        await Eventually.TrueAsync(() => app.InScopeAsync(services =>
            services.GetRequiredService<ReportingDbContext>().Facts.AnyAsync(f => f.Reference == reference && f.SatisfactionScore == 2 && f.SatisfactionResolved == false)));
        using var annual = new XLWorkbook(new MemoryStream(await (await app.ClientForAsync(AppRoles.Management)).GetByteArrayAsync($"/api/reports/annual/{received.Year}.xlsx")));
        var total = annual.Worksheet("Tevredenheid").RowsUsed().Single(r => r.Cell(1).GetString() == "Totaal");
        Assert.Equal(1, total.Cell(2).GetDouble());
        Assert.Equal(2, total.Cell(3).GetDouble());
        Assert.Equal(1, total.Cell(5).GetDouble());
        Assert.Equal(1, total.Cell(9).GetDouble());
    }

    private static FormUrlEncodedContent Form(string page, string? score, string? resolved, string comment)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "satisfaction",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["Form.Comment"] = comment,
        };
        if (score is not null)
        {
            fields["Form.Score"] = score;
        }

        if (resolved is not null)
        {
            fields["Form.Resolved"] = resolved;
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
