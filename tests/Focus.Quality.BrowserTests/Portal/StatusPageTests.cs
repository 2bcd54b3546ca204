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

    /// <summary>From the response letter to the satisfaction question on a phone, with no phone call: the director's steps go through the API.</summary>
    [Fact]
    public async Task The_complainant_objects_on_the_status_page_waives_the_hearing_there_and_scores_the_handling_after_the_decision()
    {
        var reference = await RespondedAsync();
        var mail = await app.MailAsync($"Reactie op uw klacht {reference}");
        var complainant = await PhoneAsync();
        await complainant.GotoAsync(StatusLink().Match(mail).Value);
        await Expect(complainant.Locator("[data-testid=object-online] [data-testid=objection-deadline]")).ToContainTextAsync("bij ons binnen zijn");

        await complainant.GetByRole(AriaRole.Link, new() { Name = "Bezwaar maken" }).ClickAsync();
        await Expect(complainant.GetByRole(AriaRole.Heading, new() { Name = "Bezwaar maken", Level = 1 })).ToBeVisibleAsync();
        await complainant.GetByLabel("Waarom bent u het niet eens met onze brief? (verplicht)").FillAsync("De reactie gaat niet in op de afspraken die zijn afgezegd.");
        await complainant.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload
        {
            Name = "afspraken.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 afspraken"u8.ToArray(),
        });
        await ScreenshotAsync(complainant, "status-page-objection-form-phone.png");
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Bezwaar versturen" }).ClickAsync();

        await Expect(complainant.GetByRole(AriaRole.Heading, new() { Name = "Wij hebben uw bezwaar ontvangen" })).ToBeVisibleAsync();
        await Expect(complainant.Locator("[data-testid=objection-reference]")).ToHaveTextAsync("BZ-" + reference[3..]);
        await ScreenshotAsync(complainant, "status-page-objection-receipt-phone.png");
        var width = await complainant.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The objection receipt is {width} px wide on a 390 px phone.");
        Assert.Contains("BZ-" + reference[3..], await app.MailAsync($"Wij hebben uw bezwaar ontvangen, kenmerk BZ-{reference[3..]}"), StringComparison.Ordinal);

        using var director = await app.ApiClientAsync("directeur@focus.example");
        await DirectorStepAsync(director, reference, "invitation", new
        {
            letterDate = Iso(RunningApp.Today), hearingAt = RunningApp.Today.AddDays(5).AddHours(10), form = "Office", place = "Kantoor Utrecht",
        });
        await complainant.ReloadAsync();
        await ScreenshotAsync(complainant, "status-page-hearing-answer-phone.png");
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Ik zie af van een mondelinge toelichting" }).ClickAsync();
        await Expect(complainant.GetByText("U ziet af van een mondelinge toelichting. De directeur beslist uiterlijk")).ToBeVisibleAsync();
        await Expect(complainant.GetByRole(AriaRole.Button, new() { Name = "Ik zie af van een mondelinge toelichting" })).ToHaveCountAsync(0);

        await DirectorStepAsync(director, reference, "decision", new { decidedOn = Iso(RunningApp.Today), judgement = "Unfounded", decision = "De reactie blijft in stand." });
        await complainant.GotoAsync(SatisfactionLink().Match(await app.MailAsync($"Hoe tevreden bent u over de afhandeling van uw klacht {reference}?")).Value);
        await complainant.GetByRole(AriaRole.Group, new() { Name = "Welk cijfer geeft u de afhandeling van uw klacht?" }).GetByLabel("4").CheckAsync();
        await complainant.GetByRole(AriaRole.Group, new() { Name = "Is uw klacht naar tevredenheid opgelost?" }).GetByLabel("Ja").CheckAsync();
        await complainant.GetByLabel("Toelichting (niet verplicht)").FillAsync("Duidelijk uitgelegd.");
        await ScreenshotAsync(complainant, "status-page-satisfaction-phone.png");
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(complainant.Locator("[data-testid=satisfaction-thanks]")).ToContainTextAsync("Bedankt voor uw antwoord");
        await ScreenshotAsync(complainant, "status-page-satisfaction-thanks-phone.png");
    }

    private static async Task DirectorStepAsync(HttpClient director, string reference, string step, object form) =>
        Assert.True((await director.PostAsJsonAsync($"/api/objections/{reference}/{step}", form)).IsSuccessStatusCode, $"The director's {step} was refused.");

    private static string Iso(DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A complaint with an e-mail address that the demo handler answered in writing today, through the API.</summary>
    private async Task<string> RespondedAsync()
    {
        using var api = await app.ApiClientAsync("behandelaar@focus.example");
        var registered = await api.PostAsJsonAsync("/api/complaints", new
        {
            channel = "Phone", receivedAt = DateTimeOffset.UtcNow.AddDays(-3), category = "Treatment", complainantName = "Bram Bezwaar",
            email = "bram@example.org", preferredContact = "Email", description = "Mijn adviseur zegt steeds afspraken af.",
        });
        registered.EnsureSuccessStatusCode();
        var reference = (await registered.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("reference").GetString()!;
        await Eventually.TrueAsync(async () => (await api.GetAsync($"/api/cases/{reference}")).IsSuccessStatusCode);
        var responded = await api.PostAsJsonAsync($"/api/cases/{reference}/response", new
        {
            summary = "U klaagt over afgezegde afspraken.", solution = "Een vaste adviseur.", judgement = "PartlyFounded",
            letterDate = RunningApp.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        responded.EnsureSuccessStatusCode();
        return reference;
    }

    /// <summary>For docs/screenshots, only when FOCUS_SCREENSHOT_DIR names a folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FOCUS_SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
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
        var staff = await app.NewPageAsync();
        await app.LogInAsync(staff, "behandelaar@focus.example", $"/zaken/{reference}");
        await app.WaitForCaseAsync(staff);
        var card = staff.Locator("[data-testid=information-request-card]");
        await app.RetryAsync(
            staff,
            async () =>
            {
                await card.Locator("textarea[data-testid=information-question]").FillAsync("Een kopie van uw re-integratieplan en de datum van het gesprek met uw casemanager.");
                await card.Locator("[data-testid=information-request]").ClickAsync();
            },
            () => Expect(card.Locator("[data-testid=information-request-paused]")).ToContainTextAsync("staat stil sinds", new() { Timeout = 3000 }));
        var complainant = await PhoneAsync();

        await complainant.GotoAsync(StatusLink().Match(await app.MailAsync($"Wij hebben informatie van u nodig over uw klacht {reference}")).Value);
        await Expect(complainant.GetByRole(AriaRole.Heading, new() { Name = "Wij hebben informatie van u nodig" })).ToBeVisibleAsync();
        await Expect(complainant.Locator("[data-testid=portal-terms]")).ToContainTextAsync("staat stil sinds");
        await ScreenshotAsync(complainant, "status-page-information-request-phone.png");
        await complainant.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = "MZ geen pdf"u8.ToArray() });
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Expect(complainant.GetByRole(AriaRole.Alert)).ToContainTextAsync("Schrijf uw antwoord");
        await Expect(complainant.GetByLabel("Bijlagen (niet verplicht)")).ToHaveAttributeAsync("aria-invalid", "true");
        await ScreenshotAsync(complainant, "status-page-information-answer-errors-phone.png");
        await complainant.GetByLabel("Uw antwoord", new() { Exact = true }).FillAsync("Het plan zit erbij. Het gesprek was op 12 november.");
        await complainant.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj\n"u8.ToArray() });
        await complainant.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Expect(complainant.GetByRole(AriaRole.Status)).ToContainTextAsync("Bedankt voor uw antwoord");
        await Expect(complainant.Locator("[data-testid=information-answer]")).ToContainTextAsync("plan.pdf");
        await Expect(complainant.Locator("[data-testid=portal-terms]")).Not.ToContainTextAsync("staat stil");
        await ScreenshotAsync(complainant, "status-page-information-answered-phone.png");
        var width = await complainant.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The status page is {width} px wide on a 390 px phone.");

        // The answer let the term run again: the handler's card offers a new question instead of waiting.
        await staff.ReloadAsync();
        await Expect(card.Locator("textarea[data-testid=information-question]")).ToBeVisibleAsync();
        await Expect(card.Locator("[data-testid=information-request-paused]")).ToHaveCountAsync(0);
    }

    private Task<IPage> PhoneAsync() => app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });

    [GeneratedRegex(@"https?://\S+/mijn-klacht/\S+")]
    private static partial Regex StatusLink();

    [GeneratedRegex(@"https?://\S+/mijn-klacht/\S+/tevredenheid\S+")]
    private static partial Regex SatisfactionLink();
}
