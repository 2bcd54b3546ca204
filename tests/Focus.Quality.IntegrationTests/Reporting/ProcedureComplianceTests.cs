using System.Net;
using ClosedXML.Excel;
using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Reporting.Sla;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.IntegrationTests.Reporting;

/// <summary>The procedure-compliance check of a case, from the events of Handling and Objections, and its sheet in the annual report.</summary>
public sealed class ProcedureComplianceTests
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_case_whose_named_employee_was_not_invited_fails_that_item_only_and_the_annual_sheet_counts_it()
    {
        await using var app = new FocusApp();
        var (director, _, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        Assert.True((await ObjectionApi.RegisterAsync(director, reference, Today)).IsSuccessStatusCode);
        await ObjectionApi.StepAsync(director, reference, "invitation", new
        {
            letterDate = ObjectionApi.Iso(Today), hearingAt = Today.AddDays(5).ToDateTime(new TimeOnly(10, 30)), form = "Phone", place = "06 1234 5678",
        });
        await ObjectionApi.StepAsync(director, reference, "waiver", new { waivedOn = ObjectionApi.Iso(Today) });
        await ObjectionApi.StepAsync(director, reference, "decision", new { decidedOn = ObjectionApi.Iso(Today), judgement = "Unfounded", decision = "De reactie blijft in stand." });

        var results = await Eventually.GetAsync(async () => await app.InScopeAsync(s => s.GetRequiredService<IProcedureCompliance>().CheckAsync(reference, CancellationToken.None))
            is { } checks && checks.Single(c => c.Item == ComplianceItem.DecisionWithinTwoWeeksOfWaiver).Met is not null ? checks : null);

        var met = results!.ToDictionary(r => r.Item, r => r.Met);
        Assert.True(met[ComplianceItem.AcknowledgedInTime]);
        Assert.True(met[ComplianceItem.AnsweredInTime]);
        Assert.True(met[ComplianceItem.LetterHoldsSummaryAndSolution]);
        Assert.True(met[ComplianceItem.InvitedWithinAWeek]);
        Assert.False(met[ComplianceItem.EmployeeInvited]);
        Assert.Null(met[ComplianceItem.WrittenReport]);
        Assert.True(met[ComplianceItem.DecisionWithinTwoWeeksOfWaiver]);
        var decision = results.Single(r => r.Item == ComplianceItem.DecisionWithinTwoWeeksOfWaiver);
        Assert.Equal(Today, decision.Done);
        Assert.NotNull(decision.Due);

        var management = await app.ClientForAsync(AppRoles.Management);
        using var annual = new XLWorkbook(new MemoryStream(await management.GetByteArrayAsync($"/api/reports/annual/{Today.Year}.xlsx")));
        var sheet = annual.Worksheet("Naleving procedure");
        var employeeRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Genoemde medewerker uitgenodigd");
        Assert.Equal(1, employeeRow.Cell(2).GetDouble());
        Assert.Equal(0, employeeRow.Cell(3).GetDouble());
        var answeredRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Reactie of besluit niet in behandeling op tijd");
        Assert.Equal(1, answeredRow.Cell(4).GetDouble());
        var allRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Klachten die elk beoordeeld onderdeel volgden");
        Assert.Equal(0, allRow.Cell(3).GetDouble());
    }

    /// <summary>
    /// Monday 23 November 2026, 09:00 in Amsterdam: an information request then pauses the response term, and the quality
    /// officer's limit (rules/terms.json, 10 working days) lets it stand still until Monday 7 December.
    /// </summary>
    [Fact]
    public async Task A_pause_past_its_limit_fails_no_term_left_paused_in_the_check_the_annual_sheet_and_the_dashboard_until_it_ends_and_survives_a_rebuild()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(monday);
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), services: services => services.AddSingleton<TimeProvider>(clock));
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, monday);
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Uw polisnummer." })).StatusCode);

        var paused = await PauseCheckAsync(app, reference, r => r.Done is not null);
        Assert.True(paused.Met);
        Assert.Equal(new DateOnly(2026, 11, 23), paused.Done);
        Assert.Equal(new DateOnly(2026, 12, 7), paused.Due);

        clock.Advance(TimeSpan.FromDays(15)); // Tuesday 8 December: paused longer than the limit allows
        Assert.False((await PauseCheckAsync(app, reference, _ => true)).Met);
        Assert.Equal((1, 0), await AnnualRowAsync(app, "Geen termijn blijft stilstaan"));
        Assert.Equal((1, 0), await DashboardAsync(app));

        // The read model rebuilt from the outbox knows the pause again. Events that arrive before the registration come
        // back after a retry delay, which only passes when the fake clock moves.
        Assert.Equal(HttpStatusCode.Accepted, (await (await app.ClientForAsync(AppRoles.Management)).PostAsync("/api/reports/read-model/rebuild", null)).StatusCode);
        Assert.False((await PauseCheckAsync(app, reference, r => r.Done is not null, () => clock.Advance(TimeSpan.FromSeconds(1)))).Met);

        handler = await app.ClientForAsync(AppRoles.Handler);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/information-request/resume", null)).StatusCode);
        var resumed = await PauseCheckAsync(app, reference, r => r.Done is null);
        Assert.True(resumed.Met);
        Assert.Equal((1, 1), await AnnualRowAsync(app, "Geen termijn blijft stilstaan"));
        Assert.Equal((1, 1), await DashboardAsync(app));
        Assert.True(await app.InScopeAsync(s => s.GetRequiredService<ReportingDbContext>().Facts.Where(f => f.Reference == reference).Select(f => f.ResponsePausedDays).SingleAsync()) > 0);
    }

    private static Task<ComplianceResult> PauseCheckAsync(FocusApp app, string reference, Func<ComplianceResult, bool> until, Action? betweenTries = null) =>
        Eventually.GetAsync(async () =>
        {
            betweenTries?.Invoke();
            return await app.InScopeAsync(s => s.GetRequiredService<IProcedureCompliance>().CheckAsync(reference, CancellationToken.None)) is { } checks
                && checks.Single(c => c.Item == ComplianceItem.NoTermLeftPaused) is var result && until(result) ? result : null;
        });

    /// <summary>Judged and met of one item on the annual report's sheet "Naleving procedure".</summary>
    private static async Task<(double Judged, double Met)> AnnualRowAsync(FocusApp app, string item)
    {
        var management = await app.ClientForAsync(AppRoles.Management);
        using var annual = new XLWorkbook(new MemoryStream(await management.GetByteArrayAsync("/api/reports/annual/2026.xlsx")));
        var row = annual.Worksheet("Naleving procedure").RowsUsed().Single(r => r.Cell(1).GetString() == item);
        return (row.Cell(2).GetDouble(), row.Cell(3).GetDouble());
    }

    /// <summary>What the dashboard's KPI "Procedure gevolgd" counts for November 2026: judged complaints and those that met every item.</summary>
    private static Task<(int Cases, int FullyMet)> DashboardAsync(FocusApp app) =>
        app.InScopeAsync(async s =>
        {
            var tally = await s.GetRequiredService<SlaQuery>().ComplianceAsync(new SlaFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), CancellationToken.None);
            return (tally.Cases, tally.CasesFullyMet);
        });
}
