using System.Net;
using System.Text.Json;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>Asking the complainant for information pauses the response term; resuming adds the paused days.</summary>
public sealed class InformationRequestTests
{
    [Fact]
    public async Task A_request_pauses_the_response_term_mails_the_complainant_and_shows_on_the_status_page()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        var asked = await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Een kopie van uw re-integratieplan." });

        Assert.Equal(HttpStatusCode.NoContent, asked.StatusCode);
        var link = await PortalMail.LinkAsync(app, $"Wij hebben informatie van u nodig over uw klacht {reference}");
        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(PortalMail.Local(link)));
        Assert.Contains("staat stil sinds", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Nog iets." })).StatusCode);
        var timeline = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("InformationRequested", timeline);
    }

    [Fact]
    public async Task A_response_sent_while_the_term_waits_for_the_complainant_ends_the_pause_with_its_days_added()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Uw polisnummer." })).StatusCode);
        var today = AmsterdamTime.DateOf(DateTimeOffset.UtcNow);
        var due = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HandlingDbContext>();
            var term = (await db.Cases.SingleAsync(c => c.Reference == reference)).Term(TermCodes.Response)!;
            db.Entry(term).Property(nameof(CaseTerm.PausedOn)).CurrentValue = today.AddDays(-7);
            await db.SaveChangesAsync();
            return term.DueDate;
        });

        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, today)).StatusCode);

        var @case = await Api.CaseAsync(handler, reference);
        var response = Api.Term(@case, "Response");
        Assert.Equal(JsonValueKind.Null, response.GetProperty("pausedOn").ValueKind);
        Assert.True(response.GetProperty("pausedDays").GetInt32() > 0);
        Assert.True(DateOnly.Parse(response.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > due);
        Assert.Contains(@case.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "TermResumed");
    }

    [Fact]
    public async Task Resuming_by_hand_adds_the_paused_days_to_the_due_date_and_the_status_page_explains_them()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Uw polisnummer." })).StatusCode);
        var link = await PortalMail.LinkAsync(app, $"Wij hebben informatie van u nodig over uw klacht {reference}");
        // The request went out a week ago.
        var today = AmsterdamTime.DateOf(DateTimeOffset.UtcNow);
        var (due, unit, runsOn) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HandlingDbContext>();
            var term = (await db.Cases.SingleAsync(c => c.Reference == reference)).Term(TermCodes.Response)!;
            db.Entry(term).Property(nameof(CaseTerm.PausedOn)).CurrentValue = today.AddDays(-7);
            await db.SaveChangesAsync();
            return (term.DueDate, term.Unit, term.RunsToNextWorkingDay);
        });
        var calendar = app.Services.GetRequiredService<IWorkingDayCalendar>();
        var paused = TermPause.PausedDays(unit, today.AddDays(-7), today, calendar);

        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/information-request/resume", null)).StatusCode);

        Assert.True(paused > 0);
        var response = Api.Term(await Api.CaseAsync(handler, reference), "Response");
        Assert.Equal(TermPause.ResumedDueDate(unit, runsOn, due, paused, calendar).ToString("yyyy-MM-dd"), response.GetProperty("dueDate").GetString());
        Assert.NotEqual(due.ToString("yyyy-MM-dd"), response.GetProperty("dueDate").GetString());
        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(PortalMail.Local(link)));
        Assert.Contains($"De termijn stond {paused} dagen stil", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await handler.PostAsync($"/api/cases/{reference}/information-request/resume", null)).StatusCode);
    }
}
