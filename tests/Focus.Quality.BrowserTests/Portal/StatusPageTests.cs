using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests.Portal;

/// <summary>The complainant follows the complaint on the status page, without an account, on a phone.</summary>
public sealed partial class StatusPageTests(AppWithMailSink app) : IClassFixture<AppWithMailSink>
{
    [Fact]
    public async Task The_complainant_opens_the_link_from_the_receipt_and_from_the_acknowledgement_mail_and_sees_where_the_complaint_is()
    {
        var complainant = await PhoneAsync();
        await complainant.GotoAsync("/klacht-indienen");
        await complainant.GetByLabel("Naam").FillAsync("Sanne de Boer");
        await complainant.GetByLabel("E-mailadres").FillAsync("sanne@example.org");
        await complainant.GetByLabel("Omschrijving van de klacht").FillAsync("Mijn re-integratieplan is niet met mij besproken.");
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" }).ClickAsync();
        var reference = (await complainant.Locator("[data-testid=reference]").TextContentAsync())!;

        await complainant.Locator("[data-testid=portal-link]").ClickAsync();
        await Expect(complainant.GetByRole(AriaRole.Heading, new() { Name = "De status van uw klacht", Level = 1 })).ToBeVisibleAsync();
        await Expect(complainant.Locator("[data-testid=portal-reference]")).ToHaveTextAsync(reference);
        await Expect(complainant.Locator("[aria-current=step]")).ToContainTextAsync("Ontvangst bevestigd");

        var handler = await app.NewPageAsync();
        await app.LogInAsync(handler, "behandelaar@focus.example", $"/zaken/{reference}");
        await app.WaitForCaseAsync(handler);
        await app.RetryAsync(handler, () => handler.GetByLabel("Bevestiging ook per e-mail sturen (uit het sjabloon)").CheckAsync(),
            () => Expect(handler.GetByLabel("Bevestiging ook per e-mail sturen (uit het sjabloon)")).ToBeCheckedAsync(new() { Timeout = 3000 }));
        await handler.Locator("[data-testid=acknowledge]").ClickAsync();
        await Expect(handler.Locator("[data-testid=acknowledged]")).ToBeVisibleAsync();

        var mail = await app.MailAsync($"Ontvangstbevestiging van uw klacht {reference}");
        await complainant.GotoAsync(StatusLink().Match(mail).Value);

        await Expect(complainant.Locator("[data-testid=portal-steps] li").Nth(1)).ToContainTextAsync("Gedaan op");
        await Expect(complainant.Locator("[aria-current=step]")).ToContainTextAsync("Onderzoek en schriftelijke reactie");
        await Expect(complainant.Locator("[data-testid=portal-terms]")).ToContainTextAsync("op tijd");
        await Expect(complainant.Locator("[data-testid=portal-handler]")).ToContainTextAsync("Anna de Vries");
        var width = await complainant.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The status page is {width} px wide on a 390 px phone.");
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, Locale = "nl-NL", TimezoneId = "Europe/Amsterdam", ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        return await context.NewPageAsync();
    }

    [GeneratedRegex(@"https?://\S+/mijn-klacht/\S+")]
    private static partial Regex StatusLink();
}
