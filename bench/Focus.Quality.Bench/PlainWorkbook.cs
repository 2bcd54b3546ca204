using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Bench;

/// <summary>The baseline: the same rows as the data sheet, written the plain way with OpenXmlWriter into a one-sheet workbook, nothing else.</summary>
internal static class PlainWorkbook
{
    public static async Task WriteAsync(Stream target, IAsyncEnumerable<SlaRow> rows)
    {
        using var document = SpreadsheetDocument.Create(target, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            await foreach (var row in rows)
            {
                writer.WriteStartElement(new Row());
                foreach (var value in Values(row))
                {
                    writer.WriteElement(value is double number
                        ? new Cell(new CellValue(number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                        : new Cell(new InlineString(new Text(value?.ToString() ?? string.Empty))) { DataType = CellValues.InlineString });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "Gegevens" }));
        workbookPart.Workbook.Save();
    }

    private static IEnumerable<object?> Values(SlaRow row) =>
    [
        row.Reference, row.IsSignal ? "Signaal" : "Klacht", row.Channel.ToString(), row.Category.ToString(), row.Handler, OaDate(row.ReceivedOn),
        OaDate(row.AcknowledgementDue), OaDate(row.AcknowledgedOn), row.AcknowledgedOnTime?.ToString(), OaDate(row.ResponseDue), OaDate(row.ResponseDueOriginal),
        OaDate(row.RespondedOn), row.RespondedOnTime?.ToString(), (double?)row.LeadDays, row.Outcome?.ToString(), row.NotHandledReason,
        OaDate(row.ObjectionReceivedOn), row.ObjectionOutcome?.ToString(), OaDate(row.ClosedOn),
    ];

    private static double? OaDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue).ToOADate();
}
