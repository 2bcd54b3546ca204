using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Excel;

/// <summary>
/// The SLA workbook: ClosedXML formats the small sheets (summary, breakdowns, overdue list) and a placeholder for the
/// data sheet; the package is then copied entry by entry into the target, with the placeholder replaced by the data
/// sheet streamed row by row. Memory stays flat however many complaints there are.
/// </summary>
internal static class SlaWorkbook
{
    /// <param name="handlerNames">The names of the handler accounts in <paramref name="figures"/>; the data rows carry names already.</param>
    public static async Task<int> WriteAsync(
        Stream target, SlaFigures figures, IAsyncEnumerable<SlaRow> rows, IReadOnlyDictionary<string, string> handlerNames, SlaNorms norms, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var names = CodeNames.Dutch;
        string Handler(string? account) => string.IsNullOrEmpty(account) ? names.Unassigned : handlerNames.GetValueOrDefault(account, account);
        var columns = DataSheet.ColumnsFor(names, figures.ByHandler.Keys.Select(Handler));
        using var formatted = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            SummarySheets.AddSummary(workbook, figures, norms, Handler);
            SummarySheets.AddBreakdown(workbook, "Per maand", "Maand", figures.ByMonth, month => month, norms);
            SummarySheets.AddBreakdown(workbook, "Per kanaal", "Kanaal", figures.ByChannel, names.Of, norms);
            SummarySheets.AddBreakdown(workbook, "Per categorie", "Categorie", figures.ByCategory, names.Of, norms);
            SummarySheets.AddBreakdown(workbook, "Per behandelaar", "Behandelaar", figures.ByHandler, Handler, norms);
            SummarySheets.AddOverdue(workbook, figures, Handler);
            AddPlaceholder(workbook, columns);
            workbook.SaveAs(formatted);
        }

        var (partPath, template) = FindPlaceholder(formatted, columns);
        formatted.Position = 0;
        using var source = new ZipArchive(formatted, ZipArchiveMode.Read);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var count = 0;
        foreach (var entry in source.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            await using var to = copy.Open();
            if (entry.FullName == partPath)
            {
                count = await DataSheet.WriteAsync(to, rows, template, progress, cancellationToken);
            }
            else
            {
                await using var from = entry.Open();
                await from.CopyToAsync(to, cancellationToken);
            }
        }

        return count;
    }

    /// <summary>
    /// The data sheet's place in the workbook, with a header cell and a date cell so their styles exist, and the page
    /// setup every sheet has (its print titles live in the workbook part, which is copied as it is).
    /// </summary>
    private static void AddPlaceholder(XLWorkbook workbook, IReadOnlyList<DataSheet.Column> columns)
    {
        var sheet = workbook.AddWorksheet(DataSheet.Name);
        Cells.Header(sheet, 1, [.. columns.Select(c => c.Title)]);
        sheet.Cell(2, 1).Date(new DateOnly(2000, 1, 1));
        Cells.Printable(sheet, 1);
    }

    private static (string PartPath, DataSheet.Template Template) FindPlaceholder(MemoryStream formatted, IReadOnlyList<DataSheet.Column> columns)
    {
        formatted.Position = 0;
        using var document = SpreadsheetDocument.Open(formatted, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == DataSheet.Name);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var worksheet = part.Worksheet;
        var cells = worksheet.Descendants<Cell>().ToList();
        uint StyleOf(string reference) => cells.Single(c => c.CellReference == reference).StyleIndex?.Value ?? 0;
        return (part.Uri.OriginalString.TrimStart('/'), new DataSheet.Template(
            columns, StyleOf("A1"), StyleOf("A2"), (SheetProperties)worksheet.SheetProperties!.CloneNode(true),
            (PageMargins)worksheet.GetFirstChild<PageMargins>()!.CloneNode(true), (PageSetup)worksheet.GetFirstChild<PageSetup>()!.CloneNode(true)));
    }
}
