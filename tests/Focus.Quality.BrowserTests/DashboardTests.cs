using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// The management dashboard (issue 17): Dutch names for every code, handlers by name, axes that fit the data, English in
/// EN mode; and the SLA workbook downloaded from it. One test, because it counts every complaint of its app: two tests
/// on one app would each see the other's complaints in an order xunit does not promise, and an app of its own costs
/// each of them a start.
/// </summary>
public sealed partial class DashboardTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task The_dashboard_names_reasons_and_handlers_in_words_scales_its_axes_and_hands_out_the_SLA_workbook()
    {
        await DashboardInWordsAsync();
        await SlaWorkbookAsync();
    }

    private async Task DashboardInWordsAsync()
    {
        await DeclaredNotHandledAsync();
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "management@focus.example", "/rapportage");
        await Expect(page).ToHaveURLAsync(new Regex("/rapportage$"));
        await app.RetryAsync(page, () => page.Locator("[data-testid=filter-apply]").ClickAsync(),
            () => Expect(page.Locator("[data-testid=kpi-not-handled] [data-testid=value]")).ToHaveTextAsync("1", new() { Timeout = 3000 }));

        var dutch = await page.Locator(".mud-main-content").InnerTextAsync();
        Assert.DoesNotMatch(Code(), dutch);
        Assert.DoesNotContain("@focus.example", dutch, StringComparison.Ordinal);
        await Expect(page.Locator("[data-testid=kpi-not-handled]")).ToContainTextAsync("Buiten de invloedssfeer van Focus: 1");
        await Expect(page.Locator("[data-testid=by-handler]")).ToContainTextAsync("Anna de Vries");
        // One complaint: the count axis runs 0–5 in steps of one, not MudBlazor's default 0–20 with nothing in between.
        Assert.Equal(["0", "1", "2", "3", "4", "5"], await page.Locator("[data-testid=trend-chart] g.mud-charts-yaxis text").AllTextContentsAsync());
        Assert.Equal(["0", "1", "2", "3", "4", "5"], await page.Locator("[data-testid=channel-chart] g.mud-charts-yaxis text").AllTextContentsAsync());

        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den%7Cuic%3Den", Url = app.BaseUrl }]);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=kpi-not-handled]")).ToContainTextAsync("Outside Focus's sphere of influence: 1");
        var english = await page.Locator(".mud-main-content").InnerTextAsync();
        Assert.DoesNotMatch(Code(), english);
        Assert.Contains(RunningApp.Today.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en")), english, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>A second complaint, registered on the screen, is in the workbook the manager downloads.</summary>
    private async Task SlaWorkbookAsync()
    {
        var reference = await app.RegisterCaseAsync(await app.NewPageAsync(), "behandelaar@focus.example", "Kees Bakker", "Ik ben drie keer niet teruggebeld.");

        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "management@focus.example", "/rapportage");
        await Expect(page).ToHaveURLAsync(new Regex("/rapportage$"));
        // The new case reaches the read model through the outbox a moment after intake.
        await app.RetryAsync(page, () => page.Locator("[data-testid=filter-apply]").ClickAsync(),
            () => Expect(page.Locator("[data-testid=kpi-complaints] [data-testid=value]")).ToHaveTextAsync("2", new() { Timeout = 3000 }));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=sla-download]").ClickAsync());

        Assert.StartsWith("sla-rapportage-", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(path))
        {
            Assert.Contains(workbook.Worksheet("Gegevens").RowsUsed(), row => row.Cell(1).GetString() == reference);
        }

        await Expect(page.Locator("[data-testid=sla-ready]")).ToContainTextAsync("(2 rijen)");
        File.Delete(path);
    }

    /// <summary>A word with a capital inside it, the way code names are written; neither Dutch nor English text has one.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\p{Lu}\w*")]
    private static partial Regex Code();

    /// <summary>A complaint about UWV that the demo handler registers and declares not handled, through the API.</summary>
    private async Task DeclaredNotHandledAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { email = "behandelaar@focus.example", password = "Demo!2026focus" });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var registered = await http.PostAsJsonAsync("/api/complaints", new
        {
            channel = "Phone",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            category = "Other",
            complainantName = "Ali Yilmaz",
            phone = "06 1234 5678",
            preferredContact = "Phone",
            description = "Het UWV heeft mijn uitkering verlaagd en dat is onterecht.",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var reference = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;

        // The case reaches Handling through the outbox a moment after intake.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await http.GetAsync($"/api/cases/{reference}")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var declared = await http.PostAsJsonAsync($"/api/cases/{reference}/not-handled", new
        {
            reason = "OutsideSphereOfInfluence",
            motivation = "Uw klacht gaat over een besluit van UWV.",
            letterDate = RunningApp.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
    }
}
