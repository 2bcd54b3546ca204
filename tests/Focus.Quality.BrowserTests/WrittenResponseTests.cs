using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.Second)]
public sealed class WrittenResponseTests(RunningApp app)
{
    [Fact]
    public async Task A_handler_follows_the_rules_advice_and_declares_a_UWV_complaint_not_handled()
    {
        var page = await RegisterAsync("Het UWV heeft mijn uitkering verlaagd.");

        await Expect(page.Locator("[data-testid=advice]")).ToContainTextAsync("Buiten de invloedssfeer van Focus");
        await Expect(page.GetByLabel("Motivering voor de brief")).ToHaveValueAsync(new Regex("UWV"));
        await page.Locator("[data-testid=declare-not-handled]").ClickAsync();

        await Expect(page.Locator("[data-testid=not-handled]")).ToContainTextAsync("Geadviseerd door de ontvankelijkheidsregel voor ‘Buiten de invloedssfeer van Focus’");
        await Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Niet in behandeling");
        await Expect(page.Locator("[data-term=Objection]")).ToContainTextAsync("Lopend");
        await Expect(page.Locator("[data-testid=document-link]")).ToContainTextAsync("niet-in-behandeling-KL-");
    }

    [Fact]
    public async Task A_handler_writes_a_response_downloads_the_letter_and_sees_the_objection_term()
    {
        var page = await RegisterAsync("Mijn re-integratieplan is niet met mij besproken.");

        await page.GetByLabel("Samenvatting van de klacht").FillAsync("Uw plan is opgesteld zonder gesprek met u.");
        await page.GetByLabel("Voorgestelde oplossing of maatregelen").FillAsync("Uw adviseur plant binnen een week een gesprek.");
        await app.RetryAsync(page, () => page.Locator("[data-testid=respond]").ClickAsync(),
            () => Expect(page.Locator("[data-testid=response]")).ToContainTextAsync("Uw adviseur plant binnen een week een gesprek.", new() { Timeout = 5000 }));

        await Expect(page.Locator("[data-term=Response]")).ToHaveAttributeAsync("data-state", "Met");
        await Expect(page.Locator("[data-term=Objection]")).ToContainTextAsync("Lopend");
        await Expect(page.Locator("[data-testid=terms]")).ToContainTextAsync("Bezwaartermijn");
        await Expect(page.Locator("[data-testid=extends-when-ending-on]")).ToContainTextAsync("verlengd volgens de Algemene termijnenwet");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=document-link]").First.ClickAsync());
        Assert.Matches(@"^schriftelijke-reactie-KL-\d{4}-\d{5}-\d{4}-\d{2}-\d{2}\.docx$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    /// <summary>A handler registers an e-mail complaint and lands on its case page.</summary>
    private async Task<IPage> RegisterAsync(string description)
    {
        var page = await app.NewPageAsync();
        await app.RegisterCaseAsync(page, "behandelaar@focus.example", "Sanne de Boer", description);
        return page;
    }
}
