using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.Second)]
public sealed class ObjectionTests(RunningApp app)
{
    [Fact]
    public async Task The_director_registers_an_objection_invites_records_the_hearing_and_a_settlement_and_the_case_closes_as_settled()
    {
        var (page, reference) = await RegisterObjectionAsync("Kees Bakker");

        // The hearing is held today: its report cannot be recorded before the day itself.
        var hearingAt = RunningApp.Today.AddHours(9);
        await page.Locator("[data-testid=hearing-at]").FillAsync(hearingAt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Plaats of telefoonnummer").FillAsync("Kantoor Utrecht");
        await page.Locator("[data-testid=invite-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Uitgenodigd");
        await Expect(page.Locator("[data-kind=InvitationLetter]")).ToContainTextAsync("uitnodiging-hoorzitting-");

        await page.Locator("[data-testid=report-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=report] .mud-input-helper-text", new() { HasText = "'Aanwezig' mag niet leeg zijn." })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=report] .mud-input-helper-text", new() { HasText = "'Verslag' mag niet leeg zijn." })).ToBeVisibleAsync();
        await page.GetByLabel("Aanwezig").FillAsync("Kees Bakker, de adviseur, de directeur");
        await page.GetByLabel("Verslag", new() { Exact = true }).FillAsync("Klager lichtte toe; de adviseur erkende de gemiste afspraken.");
        await page.GetByLabel("Schikkingsvoorstel van Focus (optioneel)").FillAsync("Een andere vaste adviseur binnen twee weken.");
        await page.Locator("[data-testid=report-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Hoorzitting gehouden");
        await Expect(page.Locator("[data-testid=report]")).ToContainTextAsync("erkende de gemiste afspraken");

        await Expect(page.GetByLabel("Afgesproken uitkomst")).ToHaveValueAsync("Een andere vaste adviseur binnen twee weken.");
        // The date picker's pop-up carries the same label as its field.
        var agreedOn = page.GetByRole(AriaRole.Textbox, new() { Name = "Datum van de afspraak" });
        await agreedOn.FillAsync(RunningApp.Today.AddDays(-1).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await agreedOn.PressAsync("Tab");
        await page.Locator("[data-testid=settle-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=settle] div.validation-message")).ToContainTextAsync("niet eerder zijn afgesproken dan het gesprek");
        await agreedOn.FillAsync(RunningApp.Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await agreedOn.PressAsync("Tab");
        await page.Locator("[data-testid=settle-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Geschikt");
        await Expect(page.Locator("[data-testid=settlement]")).ToContainTextAsync("Een andere vaste adviseur");
        await Expect(page.Locator("[data-kind=SettlementLetter]")).ToContainTextAsync("schikking-");

        await page.GotoAsync($"{app.BaseUrl}/zaken/{reference}");
        await app.RetryAsync(page, () => page.ReloadAsync(), () => Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("Gesloten", new() { Timeout = 2000 }));
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Bezwaar afgesloten met een schikking");
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Uitgenodigd voor een hoorzitting (op kantoor)");
    }

    [Fact]
    public async Task Without_a_hearing_the_director_takes_the_definitive_decision_within_its_term()
    {
        var (page, _) = await RegisterObjectionAsync("Lotte Smit");

        await page.Locator("[data-testid=waive-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Geen hoorzitting");
        await Expect(page.Locator("[data-testid=objection-terms]")).ToContainTextAsync("Definitieve beslissing");
        await Expect(page.Locator("[data-testid=objection-terms] td[data-term=HearingInvitation]")).ToHaveTextAsync(new Regex("^\\s*Niet van toepassing"));
        await page.GetByLabel("Beslissing en motivering").FillAsync("De reactie was juist; de excuses blijven staan.");
        await page.Locator("[data-testid=decide-submit]").ClickAsync();

        await Expect(page.Locator("[data-testid=objection-status]")).ToContainTextAsync("Beslist");
        await Expect(page.Locator("[data-testid=objection-summary]")).ToContainTextAsync("bezwaar ongegrond");
        await Expect(page.Locator("[data-kind=DecisionLetter]")).ToContainTextAsync("definitieve-beslissing-");
    }

    /// <summary>The director registers a complaint, responds to it, and registers the complainant's objection; the page is the objection's.</summary>
    private async Task<(IPage Page, string Reference)> RegisterObjectionAsync(string complainant)
    {
        var page = await app.NewPageAsync();
        var reference = await app.RespondedCaseAsync(page, complainant);
        await app.RegisterObjectionAsync(page, reference, complainant);
        await Expect(page.Locator("[data-testid=objection-terms]")).ToContainTextAsync("Uitnodiging hoorzitting");
        return (page, reference);
    }
}
