using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Excel;

/// <summary>
/// The data sheet, one row per complaint, written with the Open XML SDK's streaming <see cref="OpenXmlWriter"/>: ClosedXML
/// would hold every cell in memory (gigabytes for a million rows). Strings are inline strings, so no shared-string table
/// grows either, and an inline string is never a formula whatever it starts with.
/// </summary>
internal static class DataSheet
{
    public const string Name = "Gegevens";

    public static readonly (string Title, double Width)[] Columns =
    [
        ("Kenmerk", 16), ("Soort", 9), ("Kanaal", 24), ("Categorie", 15), ("Behandelaar", 30), ("Ontvangen", 12),
        ("Bevestiging uiterlijk", 13), ("Bevestigd", 12), ("Bevestigd binnen termijn", 12), ("Reactie uiterlijk", 13),
        ("Oorspronkelijk uiterlijk (verlengd)", 14), ("Reactie of besluit", 12), ("Binnen termijn", 10), ("Doorlooptijd (dagen)", 12),
        ("Uitkomst", 24), ("Reden niet in behandeling", 28), ("Bezwaar ontvangen", 12), ("Uitkomst bezwaar", 22), ("Gesloten", 12),
    ];

    /// <summary>The style indexes the formatted part of the workbook already defines, found on the placeholder sheet.</summary>
    internal sealed record Styles(uint Header, uint Date);

    public static async Task<int> WriteAsync(Stream target, IAsyncEnumerable<SlaRow> rows, Styles styles, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(target);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Columns());
        for (var i = 0; i < Columns.Length; i++)
        {
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Columns[i].Width, CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        var cells = new CellWriter(writer, styles);
        cells.StartRow();
        foreach (var (title, _) in Columns)
        {
            cells.Text(title, styles.Header);
        }

        writer.WriteEndElement();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            cells.StartRow();
            cells.Text(row.Reference);
            cells.Text(row.IsSignal ? "Signaal" : "Klacht");
            cells.Text(Dutch.Of(row.Channel));
            cells.Text(Dutch.Of(row.Category));
            cells.Text(row.Handler);
            cells.Date(row.ReceivedOn);
            cells.Date(row.AcknowledgementDue);
            cells.Date(row.AcknowledgedOn);
            cells.Text(Dutch.YesNo(row.AcknowledgedOnTime));
            cells.Date(row.ResponseDue);
            cells.Date(row.ResponseDueOriginal);
            cells.Date(row.RespondedOn);
            cells.Text(Dutch.YesNo(row.RespondedOnTime));
            cells.Number(row.LeadDays);
            cells.Text(row.Outcome is { } outcome ? Dutch.Of(outcome) : null);
            cells.Text(row.NotHandledReason);
            cells.Date(row.ObjectionReceivedOn);
            cells.Text(row.ObjectionOutcome is { } objection ? Dutch.Of(objection) : null);
            cells.Date(row.ClosedOn);
            writer.WriteEndElement();
            if (++count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(Columns.Length)}{count + 1}" });
        writer.WriteEndElement();
        progress?.Report(count);
        return count;
    }

    private static string ColumnName(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : $"{(char)('A' + ((number - 1) / 26) - 1)}{(char)('A' + ((number - 1) % 26))}";

    /// <summary>Writes cells without building a DOM per cell; empty values become empty cells so the columns stay aligned.</summary>
    private sealed class CellWriter(OpenXmlWriter writer, Styles styles)
    {
        private static readonly Row RowElement = new();
        private static readonly Cell CellElement = new();
        private static readonly CellValue ValueElement = new();
        private static readonly InlineString InlineElement = new();
        private static readonly Text TextElement = new();
        private static readonly OpenXmlAttribute[] InlineText = [new("t", string.Empty, "inlineStr")];
        private readonly OpenXmlAttribute[] _dateStyle = [new("s", string.Empty, styles.Date.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        public void StartRow() => writer.WriteStartElement(RowElement);

        public void Text(string? value, uint? style = null)
        {
            if (string.IsNullOrEmpty(value))
            {
                writer.WriteElement(CellElement);
                return;
            }

            writer.WriteStartElement(CellElement, style is { } s ? [.. InlineText, new OpenXmlAttribute("s", string.Empty, s.ToString(System.Globalization.CultureInfo.InvariantCulture))] : InlineText);
            writer.WriteStartElement(InlineElement);
            writer.WriteStartElement(TextElement);
            writer.WriteString(XmlSafe(value));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        public void Date(DateOnly? value)
        {
            if (value is not { } date)
            {
                writer.WriteElement(CellElement);
                return;
            }

            writer.WriteStartElement(CellElement, _dateStyle);
            WriteValue(date.ToDateTime(TimeOnly.MinValue).ToOADate());
        }

        public void Number(int? value)
        {
            if (value is not { } number)
            {
                writer.WriteElement(CellElement);
                return;
            }

            writer.WriteStartElement(CellElement);
            WriteValue(number);
        }

        private void WriteValue(double value)
        {
            writer.WriteStartElement(ValueElement);
            writer.WriteString(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // Control characters are not allowed in XML 1.0; a pasted one must not break the whole workbook.
        private static string XmlSafe(string value) =>
            value.AsSpan().IndexOfAnyInRange('\0', '\x1f') < 0 ? value : new string([.. value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);
    }
}
