using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>What a handler reads on the case page and the worklist: Dutch words only, fresh after every action, found when closed.</summary>
[Collection(SharedApps.First)]
public sealed class CasePageWordsTests(RunningApp app)
{
    /// <summary>Workflow actions and states, triggers, rule names, rule-set stamps and account addresses that once reached the screen.</summary>
    private static readonly string[] InternalCodes =
    [
        "Acknowledge", "Respond", "DeclareNotHandled", "RegisterObjection", "ConcludeObjection", "ComplaintReceived", "LetterSent", "Permitted",
        "AcknowledgeWithinFiveWorkingDays", "RespondWithinFourWeeks", "terms@", "Acknowledgement", "Response",
        "@focus.example",
    ];

    [Fact]
    public async Task A_handler_reads_no_internal_code_and_extends_a_term_right_after_acknowledging()
    {
        var page = await app.NewPageAsync();
        await app.RegisterCaseAsync(page, "behandelaar@focus.example", "Joost Kramer", "Mijn adviseur belt niet terug.");
        await AssertNoCodesAsync(page);
        await Expect(page.Locator("[data-testid=signed-in-user]")).ToHaveTextAsync("Anna de Vries");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=acknowledged]")).ToContainTextAsync("Anna de Vries");
        await Expect(page.Locator("[data-testid=extend-term] input[data-testid=term-picker]")).ToHaveValueAsync("Schriftelijke reactie");
        await AssertNoCodesAsync(page);
        await Expect(page.Locator("[data-testid=terms]")).ToContainTextAsync("termijnregel voor ‘Bevestiging’");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Nieuwe uiterste datum" }).FillAsync(RunningApp.Today.AddDays(60).ToString("dd-MM-yyyy"));
        await page.GetByLabel("Reden van verlenging").FillAsync("Wij wachten op het verslag van de adviseur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verlengen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=extension]")).ToContainTextAsync("Wij wachten op het verslag van de adviseur.");

        var timeline = await page.Locator("[data-testid=timeline]").InnerTextAsync();
        Assert.True(timeline.IndexOf("Klacht geregistreerd", StringComparison.Ordinal) < timeline.IndexOf("Ontvangst bevestigd", StringComparison.Ordinal), timeline);
    }

    [Fact]
    public async Task A_mistyped_reference_is_answered_at_once()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "behandelaar@focus.example", "/zaken/KL-2026-99999");
        await Expect(page).ToHaveURLAsync(new Regex("/zaken/KL-2026-99999$"));

        // The wait for a case on its way from intake is 10 s; an unknown reference must not get it.
        await Expect(page.GetByText("Er is geen klacht met dit kenmerk")).ToBeVisibleAsync(new() { Timeout = 5000 });
    }

    [Fact]
    public async Task A_closed_case_is_found_by_name_and_e_mail_when_the_handler_asks_for_closed_cases_too()
    {
        var page = await app.NewPageAsync();
        var name = $"Fenna Closed{Random.Shared.Next(100_000, 999_999)}";
        var reference = await app.RegisterCaseAsync(page, "behandelaar@focus.example", name, "Het UWV heeft mijn uitkering verlaagd.");
        await page.Locator("[data-testid=declare-not-handled]").ClickAsync();
        await Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Niet in behandeling");

        await page.GotoAsync("/werklijst");
        await page.GetByLabel("Zoek op naam, kenmerk, e-mailadres of telefoonnummer").FillAsync(name.ToLowerInvariant());
        await Expect(page.Locator("[data-testid=worklist]")).ToContainTextAsync("Geen openstaande klachten");
        await Expect(page.Locator("[data-testid=closed-cases]")).ToHaveCountAsync(0);
        await page.GetByLabel("ook afgesloten").CheckAsync();
        await Expect(page.Locator("[data-testid=closed-cases]")).ToContainTextAsync(reference);
        await Expect(page.Locator("[data-testid=closed-cases]")).ToContainTextAsync("Niet in behandeling");

        await page.GetByLabel("Zoek op naam, kenmerk, e-mailadres of telefoonnummer").FillAsync("KLAGER@example.org");
        await Expect(page.Locator("[data-testid=closed-cases]")).ToContainTextAsync(reference);
    }

    [Fact]
    public async Task The_worklist_pages_through_more_open_cases_than_fit_on_one_page()
    {
        const int Cases = 55;
        var tag = $"Pagina{Random.Shared.Next(100_000, 999_999)}";
        using var api = await app.ApiClientAsync("behandelaar@focus.example");
        for (var n = 0; n < Cases; n++)
        {
            var response = await api.PostAsJsonAsync("/api/public/complaints", new
            {
                category = "Treatment", complainantName = $"{tag} {n}", email = "klager@example.org", preferredContact = "Email",
                description = "Mijn adviseur belt niet terug.",
            });
            response.EnsureSuccessStatusCode();
        }

        // A case received earlier tops the unfiltered list, so the screen shows when the search has applied (after its debounce).
        var earlier = await api.PostAsJsonAsync("/api/complaints", new
        {
            channel = "Phone", receivedAt = DateTimeOffset.Now.AddDays(-20), category = "Treatment", complainantName = "Eerder Ontvangen",
            phone = "06 1234 5678", preferredContact = "Phone", description = "Al eerder gebeld.",
        });
        earlier.EnsureSuccessStatusCode();
        var expected = await WhenAllArrivedAsync(api, tag, Cases);
        await WhenAllArrivedAsync(api, "Eerder Ontvangen", 1);
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "behandelaar@focus.example", "/werklijst");
        await page.GetByLabel("Zoek op naam, kenmerk, e-mailadres of telefoonnummer").FillAsync(tag);
        var rows = page.Locator("[data-testid=worklist] tbody tr");
        await Expect(rows.First).ToContainTextAsync(expected[0]);
        await Expect(page.Locator("[data-testid=worklist-page]")).ToHaveTextAsync("Pagina 1");
        await Expect(rows).ToHaveCountAsync(50);
        var shown = await ReferencesAsync(rows);

        await page.Locator("[data-testid=worklist-next]").ClickAsync();
        await Expect(page.Locator("[data-testid=worklist-page]")).ToHaveTextAsync("Pagina 2");
        await Expect(rows).ToHaveCountAsync(Cases - 50);
        await Expect(page.Locator("[data-testid=worklist-next]")).ToBeDisabledAsync();
        shown.AddRange(await ReferencesAsync(rows));

        Assert.Equal(expected, shown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorige" }).ClickAsync();
        await Expect(page.Locator("[data-testid=worklist-page]")).ToHaveTextAsync("Pagina 1");
        await Expect(rows.First).ToContainTextAsync(expected[0]);
    }

    /// <summary>The references in worklist order, once every complaint reached Handling through the outbox.</summary>
    private static async Task<List<string>> WhenAllArrivedAsync(HttpClient api, string tag, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var items = await api.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/worklist?search={tag}&take=200");
            if (items!.Count == count || DateTime.UtcNow > deadline)
            {
                return [.. items.Select(i => i.GetProperty("reference").GetString()!)];
            }

            await Task.Delay(250);
        }
    }

    private static async Task<List<string>> ReferencesAsync(ILocator rows) =>
        [.. (await rows.Locator("td:first-child").AllInnerTextsAsync()).Select(t => t.Trim())];

    private static async Task AssertNoCodesAsync(IPage page)
    {
        // The diagram is drawn after the page: wait for its state labels before reading its text.
        await Expect(page.Locator("[data-testid=workflow] svg")).ToContainTextAsync("Geregistreerd");
        var text = await page.Locator(".mud-main-content").InnerTextAsync() + await page.Locator("[data-testid=workflow] svg").TextContentAsync();
        var shown = InternalCodes.Where(code => Regex.IsMatch(text, $@"\b{Regex.Escape(code)}")).ToList();
        Assert.True(shown.Count == 0, $"Internal codes on the page: {string.Join(", ", shown)}");
    }
}
