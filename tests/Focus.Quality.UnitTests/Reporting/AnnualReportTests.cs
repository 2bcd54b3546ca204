using ClosedXML.Excel;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Annual;
using Focus.Quality.Reporting.ReadModel;

namespace Focus.Quality.UnitTests.Reporting;

public sealed class AnnualReportTests
{
    private static readonly DateOnly Jan = new(2027, 1, 10);

    private static readonly AnnualRow[] Rows =
    [
        new("KL-2027-00001", false, ComplaintCategory.Treatment, Jan, Jan.AddDays(10), true, CaseOutcome.Founded, ObjectionOutcome.Settled, true, "=Excuses en een vaste adviseur"),
        new("KL-2027-00002", false, ComplaintCategory.Treatment, Jan, Jan.AddDays(30), false, CaseOutcome.Unfounded, null, true, "Geen"),
        new("KL-2027-00003", false, ComplaintCategory.Accessibility, Jan, Jan.AddDays(4), true, CaseOutcome.NotHandled, null, false, null),
        new("KL-2027-00004", false, ComplaintCategory.Accessibility, Jan, null, null, null, null, false, null),
        new(null, true, ComplaintCategory.Other, Jan, null, null, null, null, false, null),
    ];

    [Fact]
    public void Numbers_per_category_and_outcome_lead_times_objections_and_measures()
    {
        var figures = Figures();

        Assert.Equal(4, figures.Complaints);
        Assert.Equal(1, figures.Signals);
        Assert.Equal(1, figures.ByCategoryAndOutcome[(ComplaintCategory.Treatment, CaseOutcome.Founded)]);
        Assert.Equal(1, figures.ByCategoryAndOutcome[(ComplaintCategory.Accessibility, null)]);
        Assert.Equal((10 + 30 + 4) / 3.0, figures.LeadTimes.Average!.Value, 6);
        Assert.Equal(30, figures.LeadTimes.Percentile90);
        Assert.Equal(2.0 / 3, figures.LeadTimes.OnTimeShare!.Value, 6);
        Assert.Equal(20, figures.LeadTimesByCategory[ComplaintCategory.Treatment].Average);
        Assert.Equal(1, figures.Objections[ObjectionOutcome.Settled]);
        Assert.Equal(1, figures.ObjectionsOpen);
        // Only (partly) founded complaints lead to measures; "Geen" on an unfounded one is not one.
        Assert.Equal("KL-2027-00001", Assert.Single(figures.Measures).Reference);
    }

    [Fact]
    public void The_workbook_holds_the_matrix_and_the_measures_as_text()
    {
        var file = new MemoryStream();
        AnnualReport.Write(file, Figures());
        file.Position = 0;
        using var workbook = new XLWorkbook(file);

        var registration = workbook.Worksheet("Registratie");
        Assert.Equal(4, registration.Cell(2, 2).GetDouble());
        var treatment = registration.Column(1).CellsUsed().Single(c => c.GetString() == "Bejegening").WorksheetRow();
        Assert.Equal(2, treatment.LastCellUsed().GetDouble());
        var measure = workbook.Worksheet("Maatregelen").Cell(2, 5);
        Assert.False(measure.HasFormula);
        Assert.Equal("=Excuses en een vaste adviseur", measure.GetString());
    }

    private static AnnualFigures Figures()
    {
        var figures = new AnnualFigures(2027);
        foreach (var row in Rows)
        {
            figures.Add(row);
        }

        return figures;
    }
}
