using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

public sealed class SlaReportTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_manager_sees_the_dashboard_and_downloads_the_SLA_workbook()
    {
        var reference = await app.RegisterCaseAsync(await app.NewPageAsync(), "behandelaar@focus.example", "Kees Bakker", "Ik ben drie keer niet teruggebeld.");

        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "management@focus.example", "/rapportage");
        await page.WaitForURLAsync("**/rapportage");
        // The new case reaches the read model through the outbox a moment after intake.
        await app.RetryAsync(page, () => page.Locator("[data-testid=filter-apply]").ClickAsync(),
            () => Expect(page.Locator("[data-testid=kpi-complaints] [data-testid=value]")).ToHaveTextAsync("1", new() { Timeout = 3000 }));
        await Expect(page.Locator("[data-testid=by-handler]")).ToContainTextAsync("Anna de Vries");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=sla-download]").ClickAsync());

        Assert.StartsWith("sla-rapportage-", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        Assert.Contains(workbook.Worksheet("Gegevens").RowsUsed(), row => row.Cell(1).GetString() == reference);
        await Expect(page.Locator("[data-testid=sla-ready]")).ToContainTextAsync("(1 rij)");
        File.Delete(path);
    }
}
