using ClosedXML.Excel;
using Focus.Quality.Reporting.Compliance;
using Focus.Quality.Reporting.Excel;

namespace Focus.Quality.Reporting.Annual;

/// <summary>The annual report's procedure-compliance sheet: per requirement the share of the cases it applied to that met it.</summary>
internal static class ComplianceSheet
{
    public static void Add(XLWorkbook workbook, ComplianceTally tally)
    {
        var sheet = workbook.AddWorksheet("Naleving procedure");
        Cells.Header(sheet, 1, ["Onderdeel van de procedure", "Beoordeelde klachten", "Voldaan", "Aandeel voldaan"]);
        var row = 1;
        foreach (var (item, name) in ComplianceTally.DutchNames)
        {
            row++;
            var (judged, met) = tally.ByItem[item];
            sheet.Cell(row, 1).Text(name);
            sheet.Cell(row, 2).Number(judged);
            sheet.Cell(row, 3).Number(met);
            sheet.Cell(row, 4).Number(judged == 0 ? null : (double)met / judged, Cells.PercentFormat);
        }

        row += 2;
        sheet.Cell(row, 1).Text("Klachten die elk beoordeeld onderdeel volgden");
        sheet.Cell(row, 2).Number(tally.Cases);
        sheet.Cell(row, 3).Number(tally.CasesFullyMet);
        sheet.Cell(row, 4).Number(tally.FullyMetShare, Cells.PercentFormat);
        row++;
        sheet.Cell(row, 1).Text("Een onderdeel telt alleen mee bij klachten waar het van toepassing is en al te beoordelen is. Een termijn die stilstaat voor informatie van de klager telt als voldaan zolang de klacht open is en de maximale opschorting niet voorbij is.");
        Cells.Printable(sheet, 1);
    }
}
