using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Focus.Quality.BrowserTests.MudSelectSteps;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>A quality officer changes term policy with choices alone: the term form and the condition builder, never an expression.</summary>
[Collection(SharedApps.PublishingFirst)]
public sealed class TermRuleBuilderTests(RunningApp app)
{
    [Fact]
    public async Task A_quality_officer_adds_a_rule_for_complaints_about_treatment_without_typing_an_expression_and_such_a_complaint_gets_it()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "kwaliteit@focus.example", "/regels/termijnen");
        await Expect(page).ToHaveURLAsync(new Regex("/regels/termijnen$"));
        var form = page.Locator("[data-testid=rule-form]");

        // Another rule opens once the page is interactive (the first is open from the start).
        await app.RetryAsync(
            page,
            () => page.Locator("[data-testid=rule-item]").Filter(new() { HasText = "Reactie binnen 4 weken" }).ClickAsync(),
            () => Expect(form.Locator("input[data-testid=rule-name]")).ToHaveValueAsync("Reactie binnen 4 weken", new() { Timeout = 3000 }));

        // A case has one acknowledgement: the general rule steps aside for complaints about treatment.
        await page.Locator("[data-testid=rule-item]").Filter(new() { HasText = "Bevestiging binnen 5 werkdagen" }).ClickAsync();
        await Expect(form.Locator("input[data-testid=rule-name]")).ToHaveValueAsync("Bevestiging binnen 5 werkdagen");
        await AddLineAsync(form, "Categorie", "is niet", "Bejegening");

        // A new rule is named after its place in the list, whatever rules the shipped set holds.
        var rules = await page.Locator("[data-testid=rule-item]").CountAsync();
        await page.Locator("[data-testid=add-rule]").ClickAsync();
        await Expect(form.Locator("input[data-testid=rule-name]")).ToHaveValueAsync($"Nieuwe regel {rules + 1}");
        await form.Locator("input[data-testid=rule-name]").FillAsync("Klachten over bejegening: bevestiging binnen 3 werkdagen");
        await form.Locator("input[data-testid=rule-explanation]").FillAsync("Wie over bejegening klaagt, hoort binnen drie werkdagen dat de klacht binnen is.");
        await ChooseAsync(form.Locator("[data-testid=term-term]"), "Ontvangstbevestiging");
        await FillNumberAsync(form.Locator("input[data-testid=term-count]"), "3");
        await ChooseAsync(form.Locator("[data-testid=term-unit]"), "Werkdagen");
        await ChooseAsync(form.Locator("[data-testid=term-run-on]"), "nee, de termijn eindigt op die dag");
        await FillNumberAsync(form.Locator("input[data-testid=term-warn]"), "1");
        await Expect(form.Locator("[data-testid=condition-lead]")).ToContainTextAsync("Ontvangst van de klacht");
        await AddLineAsync(form, "Categorie", "is", "Bejegening");
        await Expect(page.Locator("[data-testid=rule-item]").Last).ToContainTextAsync("Klachten over bejegening");
        await Expect(page.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();

        // The builder wrote the expression; the officer never saw it.
        await page.GetByRole(AriaRole.Tab, new() { Name = "JSON" }).ClickAsync();
        await Expect(page.Locator("textarea[data-testid=raw-json]")).ToHaveValueAsync(new Regex(@"""input\.Trigger == \\""ComplaintReceived\\"" && input\.Category == \\""Treatment\\"""""));
        await Expect(page.Locator("textarea[data-testid=raw-json]")).ToHaveValueAsync(new Regex(@"""input\.Trigger == \\""ComplaintReceived\\"" && input\.Category != \\""Treatment\\"""""));

        await page.Locator("textarea[data-testid=comment]").FillAsync("Bejegeningsklachten sneller bevestigen.");
        await page.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");
        // The confirmation names what changes in Dutch; the comment is required and lands on the publication list.
        await page.Locator("[data-testid=publish]").ClickAsync();
        var confirmation = page.Locator("[data-testid=publish-confirm]");
        await Expect(confirmation.Locator("[data-testid=publish-changes]")).ToContainTextAsync("Regel toegevoegd: Klachten over bejegening: bevestiging binnen 3 werkdagen");
        await Expect(confirmation.Locator("[data-testid=publish-changes]")).ToContainTextAsync("Regel gewijzigd: Bevestiging binnen 5 werkdagen");
        await Expect(confirmation.Locator("[data-testid=publish-impact]")).ToContainTextAsync("lopende zaken zouden andere termijnen of adviezen krijgen");
        await confirmation.Locator("[data-testid=publish-confirmed]").ClickAsync();
        await Expect(page.GetByText("Schrijf bij het publiceren in hoogstens 1000 tekens")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");
        await page.Locator("textarea[data-testid=comment]").FillAsync("Bejegeningsklachten sneller bevestigen, na overleg met de directeur.");
        await confirmation.Locator("[data-testid=publish-confirmed]").ClickAsync();
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Gepubliceerd");
        await page.GotoAsync("/regels");
        await page.Locator("[data-testid=publications-link]").ClickAsync();
        var publication = page.Locator("[data-testid=publication-terms-2]");
        await Expect(publication).ToContainTextAsync("kwaliteit@focus.example");
        await Expect(publication).ToContainTextAsync("Bejegeningsklachten sneller bevestigen, na overleg met de directeur.");
        await Expect(publication).ToContainTextAsync("Regel toegevoegd: Klachten over bejegening: bevestiging binnen 3 werkdagen");

        var reference = await FileComplaintAboutTreatmentAsync();
        var handler = await app.NewPageAsync();
        await app.LogInAsync(handler, "behandelaar@focus.example", $"/zaken/{reference}");
        await app.WaitForCaseAsync(handler);
        var acknowledgement = handler.Locator("[data-testid=terms] tr").Filter(new() { Has = handler.Locator("[data-term=Acknowledgement]") });
        await Expect(acknowledgement).ToHaveCountAsync(1);
        await Expect(acknowledgement).ToContainTextAsync("3 werkdagen");
    }

    private static async Task AddLineAsync(ILocator form, string field, string comparison, string value)
    {
        await form.Locator("[data-testid=condition-add]").ClickAsync();
        var line = form.Locator("[data-testid=condition-line]").Last;
        await ChooseAsync(line.Locator("[data-testid=condition-field]"), field);
        await ChooseAsync(line.Locator("[data-testid=condition-operator]"), comparison);
        await ChooseAsync(line.Locator("[data-testid=condition-value]"), value);
    }

    private static async Task FillNumberAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        await Expect(input).ToHaveValueAsync(value);
    }

    private async Task<string> FileComplaintAboutTreatmentAsync()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/klacht-indienen");
        await page.GetByLabel("Naam").FillAsync("Kees Visser");
        await page.GetByLabel("E-mailadres").FillAsync("kees@example.org");
        await page.GetByLabel("Onderwerp").SelectOptionAsync(new SelectOptionValue { Label = "Bejegening" });
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("De medewerker aan de telefoon was onbeleefd tegen mij.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();
        var reference = page.Locator("[data-testid=reference]");
        await Expect(reference).ToHaveTextAsync(new Regex(@"^KL-\d{4}-\d{5}$"));
        var text = (await reference.TextContentAsync())!;
        await page.Context.CloseAsync();
        return text;
    }
}
