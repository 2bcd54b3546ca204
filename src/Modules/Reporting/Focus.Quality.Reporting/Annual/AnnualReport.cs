using ClosedXML.Excel;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Excel;
using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Annual;

/// <summary>
/// The annual registration of complaints (quality mark, management review): numbers per category and outcome, lead
/// times, objections and the measures taken. A year's complaints fit ClosedXML comfortably, unlike the SLA data sheet.
/// </summary>
internal sealed class AnnualReport(ReportingDbContext db, TimeProvider clock)
{
    private static readonly CodeNames Names = CodeNames.Dutch;

    public static string FileName(int year) => $"jaarverslag-klachten-{year}.xlsx";

    public async Task<AnnualFigures> FiguresAsync(int year, CancellationToken cancellationToken)
    {
        var figures = new AnnualFigures(year);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = db.Facts.AsNoTracking().Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to).OrderBy(f => f.ReceivedOn)
            .Select(f => new AnnualRow(f.Reference, f.IsSignal, f.Category, f.ReceivedOn, f.RespondedOn, f.RespondedOnTime, f.Outcome, f.ObjectionOutcome,
                f.ObjectionReceivedOn != null, f.Measures, f.SatisfactionScore, f.SatisfactionResolved))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            figures.Add(row);
        }

        var today = AmsterdamTime.Today(clock);
        var facts = db.Facts.AsNoTracking().Where(f => !f.IsSignal && f.ReceivedOn >= from && f.ReceivedOn <= to).AsAsyncEnumerable();
        await foreach (var fact in facts.WithCancellation(cancellationToken))
        {
            figures.Compliance.Add(fact, today);
        }

        return figures;
    }

    public static void Write(Stream target, AnnualFigures figures)
    {
        using var workbook = new XLWorkbook();
        AddOverview(workbook, figures);
        AddLeadTimes(workbook, figures);
        AddMeasures(workbook, figures);
        ComplianceSheet.Add(workbook, figures.Compliance);
        AddSatisfaction(workbook, figures);
        workbook.SaveAs(target);
    }

    private static void AddOverview(XLWorkbook workbook, AnnualFigures figures)
    {
        var sheet = workbook.AddWorksheet("Registratie");
        sheet.Cell(1, 1).Text($"Registratie van klachten {figures.Year} — Focus Nederland").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).Text("Klachten");
        sheet.Cell(2, 2).Number(figures.Complaints);
        sheet.Cell(3, 1).Text("Signalen");
        sheet.Cell(3, 2).Number(figures.Signals);
        var outcomes = Enum.GetValues<CaseOutcome>().Cast<CaseOutcome?>().Append(null).ToList();
        Cells.Header(sheet, 5, ["Categorie", .. outcomes.Select(Names.Of), "Totaal"]);
        var row = 5;
        foreach (var category in Enum.GetValues<ComplaintCategory>())
        {
            row++;
            sheet.Cell(row, 1).Text(Names.Of(category));
            for (var i = 0; i < outcomes.Count; i++)
            {
                sheet.Cell(row, i + 2).Number(figures.ByCategoryAndOutcome.GetValueOrDefault((category, outcomes[i])));
            }

            sheet.Cell(row, outcomes.Count + 2).Number(outcomes.Sum(o => figures.ByCategoryAndOutcome.GetValueOrDefault((category, o))));
        }

        row += 2;
        sheet.Cell(row, 1).Text("Bezwaren bij de directeur").Style.Font.SetBold();
        foreach (var (outcome, count) in figures.Objections)
        {
            row++;
            sheet.Cell(row, 1).Text(Names.Of(outcome));
            sheet.Cell(row, 2).Number(count);
        }

        row++;
        sheet.Cell(row, 1).Text("Nog lopend");
        sheet.Cell(row, 2).Number(figures.ObjectionsOpen);
        Cells.Printable(sheet, 5);
    }

    private static void AddLeadTimes(XLWorkbook workbook, AnnualFigures figures)
    {
        var sheet = workbook.AddWorksheet("Doorlooptijden");
        Cells.Header(sheet, 1, ["Categorie", "Afgehandeld", "Binnen termijn", "Gemiddeld (dagen)", "90% binnen (dagen)"]);
        var row = 1;
        foreach (var (label, times) in figures.LeadTimesByCategory.Select(c => (Names.Of(c.Key), c.Value)).Append(("Totaal", figures.LeadTimes)))
        {
            row++;
            sheet.Cell(row, 1).Text(label);
            sheet.Cell(row, 2).Number(times.Count);
            sheet.Cell(row, 3).Number(times.OnTimeShare, Cells.PercentFormat);
            sheet.Cell(row, 4).Number(times.Average, "0.0");
            sheet.Cell(row, 5).Number(times.Percentile90);
        }

        Cells.Printable(sheet, 1);
    }

    private static void AddSatisfaction(XLWorkbook workbook, AnnualFigures figures)
    {
        var sheet = workbook.AddWorksheet("Tevredenheid");
        Cells.Header(sheet, 1, ["Categorie", "Antwoorden", "Gemiddeld cijfer", "Cijfer 1", "Cijfer 2", "Cijfer 3", "Cijfer 4", "Cijfer 5", "Niet naar tevredenheid opgelost"]);
        var row = 1;
        foreach (var (label, scores) in figures.SatisfactionByCategory.Select(c => (Names.Of(c.Key), c.Value)).Append(("Totaal", figures.Satisfaction)))
        {
            row++;
            sheet.Cell(row, 1).Text(label);
            sheet.Cell(row, 2).Number(scores.Answers);
            sheet.Cell(row, 3).Number(scores.Average, "0.0");
            for (var score = 0; score < 5; score++)
            {
                sheet.Cell(row, 4 + score).Number(scores.Distribution[score]);
            }

            sheet.Cell(row, 9).Number(scores.NotResolved);
        }

        Cells.Printable(sheet, 1);
    }

    private static void AddMeasures(XLWorkbook workbook, AnnualFigures figures)
    {
        var sheet = workbook.AddWorksheet("Maatregelen");
        Cells.Header(sheet, 1, ["Kenmerk", "Categorie", "Oordeel", "Reactie", "Maatregel / oplossing"]);
        var row = 1;
        foreach (var measure in figures.Measures)
        {
            row++;
            sheet.Cell(row, 1).Text(measure.Reference);
            sheet.Cell(row, 2).Text(Names.Of(measure.Category));
            sheet.Cell(row, 3).Text(Names.Of(measure.Outcome));
            sheet.Cell(row, 4).Date(measure.RespondedOn);
            sheet.Cell(row, 5).Text(measure.Text).Style.Alignment.WrapText = true;
        }

        sheet.Range(1, 1, Math.Max(row, 2), 5).SetAutoFilter();
        Cells.Printable(sheet, 1);
    }
}
