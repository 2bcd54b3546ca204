using ClosedXML.Excel;
using Focus.Quality.Reporting.Excel;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.UnitTests.Reporting;

public sealed class SlaWorkbookTests
{
    [Fact]
    public async Task The_summary_shows_the_kpis_and_the_streamed_data_sheet_has_one_dated_row_per_complaint()
    {
        using var workbook = await WriteAsync(SlaFiguresTests.Rows);

        var summary = workbook.Worksheet("Samenvatting");
        Assert.Equal(5, Kpi(summary, "Klachten ontvangen"));
        Assert.Equal(2.0 / 3, Kpi(summary, "Ontvangst bevestigd binnen 5 werkdagen"), 6);
        Assert.Equal(40, Kpi(summary, "90% afgehandeld binnen (kalenderdagen)"));
        Assert.Equal(1, Kpi(summary, "Te laat nu"));
        Assert.NotEmpty(summary.ConditionalFormats);

        var data = workbook.Worksheet(DataSheet.Name);
        Assert.Equal("Kenmerk", data.Cell(1, 1).GetString());
        Assert.Equal(SlaFiguresTests.Rows.Length + 1, data.LastRowUsed().RowNumber());
        var first = data.Row(2);
        Assert.Equal("KL-2026-00001", first.Cell(1).GetString());
        Assert.Equal(XLDataType.DateTime, first.Cell(6).DataType);
        Assert.Equal(new DateTime(2026, 12, 24), first.Cell(6).GetDateTime());
        Assert.Equal(new DateTime(2027, 1, 21), first.Cell(11).GetDateTime());
        Assert.Equal(39, first.Cell(15).GetDouble());
        Assert.Equal("Nee", first.Cell(9).GetString());
        Assert.Equal(1, data.SheetView.SplitRow);

        Assert.Equal(["Samenvatting", "Per maand", "Per kanaal", "Per categorie", "Per behandelaar", "Te laat", DataSheet.Name], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal("KL-2027-00003", workbook.Worksheet("Te laat").Cell(2, 1).GetString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"klik\")")]
    [InlineData("+31 6 12345678")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public async Task Text_that_looks_like_a_formula_stays_text_in_every_sheet(string handler)
    {
        var row = SlaFiguresTests.Rows[3] with { Handler = handler };

        using var workbook = await WriteAsync([row]);

        var data = workbook.Worksheet(DataSheet.Name).Cell(2, 5);
        var breakdown = workbook.Worksheet("Per behandelaar").Cell(2, 1);
        var overdue = workbook.Worksheet("Te laat").Cell(2, 4);
        Assert.All([data, breakdown, overdue], cell =>
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(handler, cell.GetString());
        });
    }

    private static async Task<XLWorkbook> WriteAsync(SlaRow[] rows)
    {
        var figures = new SlaFigures(new SlaFilter(new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28)), new DateOnly(2027, 3, 1));
        foreach (var row in rows)
        {
            figures.Add(row);
        }

        var file = new MemoryStream();
        await SlaWorkbook.WriteAsync(file, figures, rows.ToAsyncEnumerable(), new Dictionary<string, string>(), new SlaNorms(), null, CancellationToken.None);
        file.Position = 0;
        return new XLWorkbook(file);
    }

    private static double Kpi(IXLWorksheet summary, string name) =>
        summary.Column(1).CellsUsed().Single(c => c.GetString() == name).CellRight().GetDouble();
}
