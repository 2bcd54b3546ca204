using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>What the director does in the browser before an objection's own steps.</summary>
public static class DirectorSteps
{
    /// <summary>The director registers a complaint and responds to it; the page stays on the case page. Returns the reference.</summary>
    public static async Task<string> RespondedCaseAsync(this RunningApp app, IPage page, string complainant)
    {
        var reference = await app.RegisterCaseAsync(page, "directeur@focus.example", complainant, "Mijn adviseur kwam twee afspraken niet na.");
        await page.GetByLabel("Samenvatting van de klacht").FillAsync("Twee afspraken zijn niet nagekomen.");
        await page.GetByLabel("Voorgestelde oplossing of maatregelen").FillAsync("Excuses en een vaste adviseur.");
        await page.Locator("[data-testid=respond]").ClickAsync();
        await Expect(page.Locator("[data-testid=response]")).ToBeVisibleAsync();
        return reference;
    }

    /// <summary>The director registers the complainant's objection against the response; the page becomes the objection's.</summary>
    public static async Task RegisterObjectionAsync(this RunningApp app, IPage page, string reference, string complainant)
    {
        await page.GotoAsync($"{app.BaseUrl}/bezwaren/registreren?zaak={reference}");
        // The director picks the letter by reference and sees whose it is, once the letter has reached Objections through
        // the outbox (a moment after the response; the form lists the letters it knew when it opened).
        await app.RetryAsync(page, () => page.ReloadAsync(), () => Expect(page.GetByLabel("Kenmerk van de klacht")).ToHaveValueAsync($"{reference} – {complainant}", new() { Timeout = 3000 }));
        await page.GetByLabel("Gronden van het bezwaar").FillAsync("De excuses zijn niet genoeg; ik wil een andere adviseur.");
        var original = Path.Combine(Path.GetTempPath(), $"bezwaar-{reference}.pdf");
        await File.WriteAllTextAsync(original, "%PDF-1.4 bezwaar");
        await page.Locator("[data-testid=objection-original]").SetInputFilesAsync(original);
        // The letter reaches the Objections module through the outbox a moment after the response; until then the form says so.
        await app.RetryAsync(page, () => page.Locator("[data-testid=objection-submit]").ClickAsync(), () => Expect(page).ToHaveURLAsync(new Regex($"/bezwaren/{reference}$"), new() { Timeout = 3000 }));
        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Geregistreerd");
    }
}
