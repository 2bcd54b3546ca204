using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>An app whose staff screens pause after eight seconds without input (ten minutes in production).</summary>
public sealed class QuicklyPausingApp() : RunningApp(new Dictionary<string, string> { ["Circuits__PauseWhenIdle"] = "00:00:08" });

/// <summary>
/// An untouched staff screen pauses its circuit, so the server holds no memory for it, and the next key press brings it
/// back as it was: the worklist with the handler's filter, working.
/// </summary>
/// <remarks>
/// With the heavy tests, alone: a third app beside the others starves them on two cores, and a screen that waits long
/// for the outbox would pause before the test gets to the worklist.
/// </remarks>
[Collection(HeavyLoad.Name)]
public sealed class IdleScreenTests(QuicklyPausingApp app) : IClassFixture<QuicklyPausingApp>
{
    [Fact]
    public async Task An_idle_worklist_pauses_and_the_next_key_press_brings_it_back_with_its_filter()
    {
        var page = await app.NewPageAsync();
        var reference = await app.RegisterCaseAsync(page, "behandelaar@focus.example", "Joris Vos", "Mijn adviseur reageert niet.");
        await page.GotoAsync("/werklijst");
        var search = page.GetByLabel("Zoek op naam, kenmerk, e-mailadres of telefoonnummer");
        await search.FillAsync("Joris");
        var caseLink = page.GetByRole(AriaRole.Link, new() { Name = reference });
        await Expect(caseLink).ToBeVisibleAsync();
        await SettlePausesLateAsync(page);

        var dialog = page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-paused"), new() { Timeout = 30_000 });
        await Expect(dialog).ToContainTextAsync("Dit scherm is gepauzeerd");

        await page.Keyboard.PressAsync("Shift");

        await Expect(dialog).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-paused"), new() { Timeout = 20_000 });
        await Expect(dialog).Not.ToBeVisibleAsync();
        await Expect(search).ToHaveValueAsync("Joris");
        await Expect(caseLink).ToBeVisibleAsync();
        await caseLink.ClickAsync();
        await page.WaitForURLAsync($"**/zaken/{reference}");
    }

    /// <summary>
    /// Blazor shows the paused dialog before <c>pauseCircuit()</c> settles, and on a busy machine the key press can fall
    /// in between. Holding the settle back a second puts it there every time.
    /// </summary>
    private static Task SettlePausesLateAsync(IPage page) => page.EvaluateAsync(
        """
        () => {
            const pauseCircuit = Blazor.pauseCircuit.bind(Blazor);
            Blazor.pauseCircuit = async () => {
                const paused = await pauseCircuit();
                await new Promise(settle => setTimeout(settle, 1000));
                return paused;
            };
        }
        """);
}
