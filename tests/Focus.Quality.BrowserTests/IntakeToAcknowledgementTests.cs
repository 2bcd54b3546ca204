using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.First)]
public sealed partial class IntakeToAcknowledgementTests(RunningApp app)
{
    [Fact]
    public async Task A_complaint_filed_on_the_public_form_is_acknowledged_in_time_by_a_handler()
    {
        var reference = await FileComplaintAsync();

        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "behandelaar@focus.example", "/werklijst");
        await Expect(page).ToHaveURLAsync(new Regex("/werklijst$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werklijst" })).ToBeVisibleAsync();
        var caseLink = page.GetByRole(AriaRole.Link, new() { Name = reference });
        await app.RetryAsync(page, () => page.ReloadAsync(), () => Expect(caseLink).ToBeVisibleAsync(new() { Timeout = 2000 })); // the case arrives through the outbox
        await app.RetryAsync(page, () => caseLink.ClickAsync(), () => Expect(page).ToHaveURLAsync(new Regex($"/zaken/{reference}$"), new() { Timeout = 3000 }));

        var acknowledgementTerm = page.Locator("[data-term=Acknowledgement]");
        await Expect(acknowledgementTerm).ToHaveAttributeAsync("data-state", "Open");
        await app.RetryAsync(page, () => page.Locator("[data-testid=acknowledge]").ClickAsync(), () => Expect(page.Locator("[data-testid=acknowledged]")).ToBeVisibleAsync(new() { Timeout = 3000 }));

        await Expect(acknowledgementTerm).ToHaveAttributeAsync("data-state", "Met");
        await Expect(acknowledgementTerm).ToContainTextAsync("Gehaald");
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Ontvangst bevestigd per telefoon");
    }

    [Fact]
    public async Task The_public_form_shows_Dutch_errors_and_keeps_what_was_typed()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/klacht-indienen");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("Ik wacht al weken op antwoord.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();

        await Expect(page.Locator(".validation-message").First).ToContainTextAsync("mag niet leeg zijn");
        await Expect(page.GetByLabel("Omschrijving van de klacht")).ToHaveValueAsync("Ik wacht al weken op antwoord.");
        await Expect(page.Locator("[data-testid=reference]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_handler_registers_a_phone_complaint_and_lands_on_its_case_page()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "behandelaar@focus.example", "/klachten/registreren");
        await Expect(page).ToHaveURLAsync(new Regex("/klachten/registreren$"));
        var register = page.Locator("[data-testid=register]");

        // Submitting the empty form shows the field errors in Dutch (and proves the page is interactive).
        await app.RetryAsync(page, () => register.ClickAsync(), () => Expect(page.GetByText("'Naam' mag niet leeg zijn.")).ToBeVisibleAsync(new() { Timeout = 3000 }));
        await page.GetByLabel("Naam").FillAsync("Kees Bakker");
        await page.GetByLabel("E-mailadres").FillAsync("kees@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("Ik ben drie keer niet teruggebeld.");
        await register.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/zaken/KL-\d{4}-\d{5}$"));
        await app.WaitForCaseAsync(page);
        await Expect(page.Locator("[data-term=Acknowledgement]")).ToHaveAttributeAsync("data-state", "Open");
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Klacht ontvangen via Telefoon");
    }

    [Fact]
    public async Task Management_does_not_see_the_worklist()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "management@focus.example", "/werklijst");
        await Expect(page).ToHaveURLAsync(new Regex("/geen-toegang"));

        await Expect(page.GetByText("U heeft geen toegang tot deze pagina")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=worklist]")).ToHaveCountAsync(0);
    }

    private async Task<string> FileComplaintAsync()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/klacht-indienen");
        await page.GetByLabel("Naam").FillAsync("Sanne de Boer");
        await page.GetByLabel("E-mailadres").FillAsync("sanne@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("Mijn re-integratieplan is niet met mij besproken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();

        var reference = page.Locator("[data-testid=reference]");
        await Expect(reference).ToHaveTextAsync(ReferencePattern());
        var text = (await reference.TextContentAsync())!;
        await page.Context.CloseAsync();
        return text;
    }

    [GeneratedRegex(@"^KL-\d{4}-\d{5}$")]
    private static partial Regex ReferencePattern();
}
