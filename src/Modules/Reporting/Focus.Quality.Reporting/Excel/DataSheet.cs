using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Sla;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Reporting.Excel;

/// <summary>
/// The data sheet, one row per complaint, written with the Open XML SDK's streaming <see cref="OpenXmlWriter"/>: ClosedXML
/// would hold every cell in memory (gigabytes for a million rows). Strings are inline strings, so no shared-string table
/// grows either, and an inline string is never a formula whatever it starts with.
/// </summary>
internal static class DataSheet
{
    public const string Name = "Gegevens";

    private const int DateWidth = 10;

    /// <summary>A column of the sheet: its header and its width in characters.</summary>
    internal sealed record Column(string Title, double Width);

    /// <summary>
    /// What the formatted part of the workbook already defines, found on the placeholder sheet: the columns, the style
    /// indexes of a header and a date cell, and the page setup every sheet shares.
    /// </summary>
    internal sealed record Template(IReadOnlyList<Column> Columns, uint Header, uint Date, SheetProperties SheetProperties, PageMargins PageMargins, PageSetup PageSetup);

    /// <summary>
    /// The columns, each as wide as its header and the longest text it can hold: the words for codes are known, and so
    /// are the handlers of the period. Rows are streamed, so widths cannot wait for them.
    /// </summary>
    public static IReadOnlyList<Column> ColumnsFor(CodeNames names, IEnumerable<string> handlers)
    {
        static int Longest(IEnumerable<string> texts) => texts.Select(t => t.Length).DefaultIfEmpty(0).Max();
        var yesNo = Longest([names.YesNo(true), names.YesNo(false)]);
        (string, int)[] columns =
        [
            ("Kenmerk", "KL-2026-00001".Length), ("Soort", Longest([names.Kind(false), names.Kind(true)])),
            ("Kanaal", Longest(Enum.GetValues<ComplaintChannel>().Select(names.Of))), ("Categorie", Longest(Enum.GetValues<ComplaintCategory>().Select(names.Of))),
            ("Behandelaar", Longest(handlers)), ("Ontvangen", DateWidth), ("Bevestiging uiterlijk", DateWidth), ("Bevestigd", DateWidth),
            ("Bevestigd binnen termijn", yesNo), ("Reactie uiterlijk", DateWidth), ("Oorspronkelijk uiterlijk (verlengd)", DateWidth),
            ("Dagen opgeschort", 4), ("Reactie of besluit", DateWidth),
            ("Binnen termijn", yesNo), ("Doorlooptijd (dagen)", 5), ("Uitkomst", Longest(Enum.GetValues<CaseOutcome>().Select(o => names.Of(o)))),
            ("Reden niet in behandeling", Longest(Enum.GetNames<NotHandledReason>().Select(names.NotHandledReason))), ("Bezwaar ontvangen", DateWidth),
            ("Uitkomst bezwaar", Longest(Enum.GetValues<ObjectionOutcome>().Select(names.Of))), ("Gesloten", DateWidth),
        ];
        return [.. columns.Select(c => new Column(c.Item1, Math.Max(c.Item1.Length + Cells.HeaderPadding, c.Item2 + 2)))];
    }

    /// <param name="rows">The rows with the handler's name in <see cref="SlaRow.Handler"/>.</param>
    public static async Task<int> WriteAsync(Stream target, IAsyncEnumerable<SlaRow> rows, Template template, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var names = CodeNames.Dutch;
        var columns = template.Columns;
        using var writer = OpenXmlWriter.Create(target);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(template.SheetProperties);
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Columns());
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WriteElement(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = columns[i].Width, CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        var cells = new CellWriter(writer, template.Date);
        cells.StartRow();
        foreach (var column in columns)
        {
            cells.Text(column.Title, template.Header);
        }

        writer.WriteEndElement();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            cells.StartRow();
            cells.Text(row.Reference);
            cells.Text(names.Kind(row.IsSignal));
            cells.Text(names.Of(row.Channel));
            cells.Text(names.Of(row.Category));
            cells.Text(row.Handler);
            cells.Date(row.ReceivedOn);
            cells.Date(row.AcknowledgementDue);
            cells.Date(row.AcknowledgedOn);
            cells.Text(names.YesNo(row.AcknowledgedOnTime));
            cells.Date(row.ResponseDue);
            cells.Date(row.ResponseDueOriginal);
            cells.Number(row.IsSignal ? null : row.ResponsePausedDays);
            cells.Date(row.RespondedOn);
            cells.Text(names.YesNo(row.RespondedOnTime));
            cells.Number(row.LeadDays);
            cells.Text(row.Outcome is { } outcome ? names.Of(outcome) : null);
            cells.Text(row.NotHandledReason is { } reason ? names.NotHandledReason(reason) : null);
            cells.Date(row.ObjectionReceivedOn);
            cells.Text(row.ObjectionOutcome is { } objection ? names.Of(objection) : null);
            cells.Date(row.ClosedOn);
            writer.WriteEndElement();
            if (++count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count)}{count + 1}" });
        writer.WriteElement(template.PageMargins);
        writer.WriteElement(template.PageSetup);
        writer.WriteEndElement();
        progress?.Report(count);
        return count;
    }

    private static string ColumnName(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : $"{(char)('A' + ((number - 1) / 26) - 1)}{(char)('A' + ((number - 1) % 26))}";

    /// <summary>Writes cells without building a DOM per cell; empty values become empty cells so the columns stay aligned.</summary>
    private sealed class CellWriter(OpenXmlWriter writer, uint dateStyle)
    {
        private static readonly Row RowElement = new();
        private static readonly Cell CellElement = new();
        private static readonly CellValue ValueElement = new();
        private static readonly InlineString InlineElement = new();
        private static readonly Text TextElement = new();
        private static readonly OpenXmlAttribute[] InlineText = [new("t", string.Empty, "inlineStr")];
        private readonly OpenXmlAttribute[] _dateStyle = [new("s", string.Empty, dateStyle.ToString(System.Globalization.CultureInfo.InvariantCulture))];

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
