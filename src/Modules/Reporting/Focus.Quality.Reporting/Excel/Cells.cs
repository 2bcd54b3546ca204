using ClosedXML.Excel;

namespace Focus.Quality.Reporting.Excel;

/// <summary>Writing values the safe way: text is always text (never a formula, whatever it starts with), dates are real Excel dates.</summary>
internal static class Cells
{
    public const string DateFormat = "dd-mm-yyyy";
    public const string PercentFormat = "0.0%";

    /// <summary>A month by name, in Dutch (locale 0x413) whatever the language of the reader's Excel.</summary>
    public const string MonthFormat = "[$-413]mmmm yyyy";

    /// <summary>Room a header needs besides its text: bold type and the filter button.</summary>
    public const int HeaderPadding = 4;

    /// <summary>What a date or number cell needs ("dd-mm-yyyy", "september 2027", "100.0%").</summary>
    private const int ValueWidth = 14;

    /// <summary>Wider text (a measure taken) wraps instead of stretching the printed page.</summary>
    private const int MaxWidth = 90;

    public static IXLCell Text(this IXLCell cell, string? value)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(value ?? string.Empty);
        return cell;
    }

    public static IXLCell Date(this IXLCell cell, DateOnly? value)
    {
        if (value is { } date)
        {
            cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
            cell.Style.DateFormat.Format = DateFormat;
        }

        return cell;
    }

    public static IXLCell Number(this IXLCell cell, double? value, string? format = null)
    {
        if (value is { } number)
        {
            cell.SetValue(number);
            if (format is not null)
            {
                cell.Style.NumberFormat.Format = format;
            }
        }

        return cell;
    }

    /// <summary>A header row: bold on a tint, frozen, with filter buttons over the table below it.</summary>
    public static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> titles)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            sheet.Cell(row, i + 1).Text(titles[i]);
        }

        var header = sheet.Range(row, 1, row, titles.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        sheet.SheetView.FreezeRows(row);
    }

    /// <summary>
    /// Ready to print: landscape A4, one page wide, the header row on every page, and columns as wide as their header and
    /// text from the header down. Widths are counted, not measured: AdjustToContents needs GDI+ (libgdiplus), which
    /// Linux servers lack.
    /// </summary>
    public static void Printable(IXLWorksheet sheet, int headerRow)
    {
        foreach (var column in sheet.ColumnsUsed())
        {
            var cells = column.CellsUsed().Where(c => c.Address.RowNumber >= headerRow).ToList();
            var header = cells.FirstOrDefault(c => c.Address.RowNumber == headerRow)?.GetString().Length + HeaderPadding ?? 0;
            var content = cells.Where(c => c.Address.RowNumber > headerRow).Select(c => c.DataType == XLDataType.Text ? c.GetString().Length : ValueWidth).DefaultIfEmpty(0).Max() + 2;
            column.Width = Math.Min(Math.Max(header, content), MaxWidth);
        }

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }

    /// <summary>Green when a figure meets its norm, red when it does not; a cell without a figure stays uncoloured.</summary>
    public static void AgainstNorm(IXLCell cell, double norm, bool higherIsBetter = true)
    {
        if (cell.IsEmpty())
        {
            return;
        }

        var good = XLColor.FromHtml("#C6EFCE");
        var bad = XLColor.FromHtml("#FFC7CE");
        var range = cell.AsRange();
        if (higherIsBetter)
        {
            range.AddConditionalFormat().WhenEqualOrGreaterThan(norm).Fill.SetBackgroundColor(good);
            range.AddConditionalFormat().WhenLessThan(norm).Fill.SetBackgroundColor(bad);
        }
        else
        {
            range.AddConditionalFormat().WhenEqualOrLessThan(norm).Fill.SetBackgroundColor(good);
            range.AddConditionalFormat().WhenGreaterThan(norm).Fill.SetBackgroundColor(bad);
        }
    }
}
