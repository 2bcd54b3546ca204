using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Focus.Quality.IntegrationTests.Infrastructure;
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

    [Fact]
    public async Task The_complainant_answers_an_information_request_with_a_file_and_the_paused_term_runs_again()
    {
        var handler = await app.ApiClientAsync("behandelaar@focus.example");
        var submitted = await handler.PostAsJsonAsync("/api/public/complaints", new
        {
            category = "WayOfWorking", complainantName = "Sanne de Boer", email = "sanne@example.org", preferredContact = "Email",
            description = "Mijn re-integratieplan is niet met mij besproken.",
        });
        submitted.EnsureSuccessStatusCode();
        var reference = (await submitted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("reference").GetString()!;
        await Eventually.GetAsync(async () => (await handler.GetAsync($"/api/cases/{reference}")).IsSuccessStatusCode ? reference : null);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{reference}/assignment", new { assignee = "behandelaar@focus.example" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request",
            new { request = "Een kopie van uw re-integratieplan en de datum van het gesprek met uw casemanager." })).StatusCode);
        var complainant = await PhoneAsync();

        await complainant.GotoAsync(StatusLink().Match(await app.MailAsync($"Wij hebben informatie van u nodig over uw klacht {reference}")).Value);
        await Expect(complainant.GetByRole(AriaRole.Heading, new() { Name = "Wij hebben informatie van u nodig" })).ToBeVisibleAsync();
        await Expect(complainant.Locator("[data-testid=portal-terms]")).ToContainTextAsync("staat stil sinds");
        await Screenshot(complainant, "status-page-information-request-phone");
        await complainant.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = "MZ geen pdf"u8.ToArray() });
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Expect(complainant.GetByRole(AriaRole.Alert)).ToContainTextAsync("Schrijf uw antwoord");
        await Expect(complainant.GetByLabel("Bijlagen (niet verplicht)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshot(complainant, "status-page-information-answer-errors-phone");
        await complainant.GetByLabel("Uw antwoord", new() { Exact = true }).FillAsync("Het plan zit erbij. Het gesprek was op 12 november.");
        await complainant.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj\n"u8.ToArray() });
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Expect(complainant.GetByRole(AriaRole.Status)).ToContainTextAsync("Bedankt voor uw antwoord");
        await Expect(complainant.Locator("[data-testid=information-answer]")).ToContainTextAsync("plan.pdf");
        await Expect(complainant.Locator("[data-testid=portal-terms]")).Not.ToContainTextAsync("staat stil");
        await Screenshot(complainant, "status-page-information-answered-phone");
        var width = await complainant.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The status page is {width} px wide on a 390 px phone.");
    }

    /// <summary>Saved next to the test binaries, for a person to look at; the assertions do not depend on them.</summary>
    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png"), FullPage = true });

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
