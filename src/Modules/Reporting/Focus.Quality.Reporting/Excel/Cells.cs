using ClosedXML.Excel;

namespace Focus.Quality.Reporting.Excel;

/// <summary>Writing values the safe way: text is always text (never a formula, whatever it starts with), dates are real Excel dates.</summary>
internal static class Cells
{
    public const string DateFormat = "dd-mm-yyyy";
    public const string PercentFormat = "0.0%";

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
    public static void Header(IXLWorksheet sheet, int row, IReadOnlyList<(string Title, double Width)> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(row, i + 1).Text(columns[i].Title);
            // Fixed widths: AdjustToContents needs GDI+ (libgdiplus), which Linux servers lack.
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        var header = sheet.Range(row, 1, row, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F1");
        sheet.SheetView.FreezeRows(row);
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
