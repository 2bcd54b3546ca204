using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Focus.Quality.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>An app whose staff screens pause after fifteen seconds without input (ten minutes in production).</summary>
public sealed class QuicklyPausingApp() : RunningApp(new Dictionary<string, string> { ["Circuits__PauseWhenIdle"] = "00:00:15" });

/// <summary>
/// An untouched staff screen pauses its circuit, so the server holds no memory for it, and the next key press brings it
/// back as it was: the worklist with the handler's filter, working.
/// </summary>
/// <remarks>
/// The case is registered and waited for through the API, so the screen gets input until the worklist shows it: fifteen
/// seconds without input then come only from the test's own wait for the pause, however busy the machine.
/// </remarks>
public sealed class IdleScreenTests(QuicklyPausingApp app) : IClassFixture<QuicklyPausingApp>
{
    [Fact]
    public async Task An_idle_worklist_pauses_and_the_next_key_press_brings_it_back_with_its_filter()
    {
        var reference = await RegisteredCaseAsync();
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "behandelaar@focus.example", "/werklijst");
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
        await Expect(page).ToHaveURLAsync(new Regex($"/zaken/{reference}$"));
    }

    private async Task<string> RegisteredCaseAsync()
    {
        using var api = await app.ApiClientAsync("behandelaar@focus.example");
        var registered = await api.PostAsJsonAsync("/api/complaints", new
        {
            channel = "Phone", receivedAt = DateTimeOffset.UtcNow, category = "Treatment", complainantName = "Joris Vos",
            phone = "0201234567", preferredContact = "Phone", description = "Mijn adviseur reageert niet.",
        });
        registered.EnsureSuccessStatusCode();
        var reference = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        await Eventually.TrueAsync(async () => (await api.GetAsync($"/api/cases/{reference}")).IsSuccessStatusCode);
        return reference;
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
