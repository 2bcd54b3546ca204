using ClosedXML.Excel;
using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Reporting;

/// <summary>The procedure-compliance check of a case, from the events of Handling and Objections, and its sheet in the annual report.</summary>
public sealed class ProcedureComplianceTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

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
}
