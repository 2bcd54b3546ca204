using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests.Accessibility;

/// <summary>
/// An app whose mail server never answers, so the administrator's failed-deliveries page has rows to be checked too.
/// </summary>
public sealed class AppWithoutMailServer() : RunningApp(new Dictionary<string, string>
{
    ["Mail__SmtpHost"] = "127.0.0.1",
    ["Mail__SmtpPort"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Mail__UseStartTls"] = "false",
})
{
    /// <summary>A port that was free a moment ago: nothing listens there, so a connection is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// Every page, anonymously and per role, in the state a person meets it, passes axe-core's WCAG 2.1 A and AA rules.
/// One browser context per role: the login is reused for all of that role's pages.
/// </summary>
public sealed class AccessibilityTests(AppWithoutMailServer app) : IClassFixture<AppWithoutMailServer>
{
    [Fact]
    public async Task Every_page_passes_axe_for_the_visitor_and_every_role()
    {
        var axe = new AxeScan();
        await PublicPagesAsync(axe);
        var reference = await HandlerPagesAsync(axe);
        await DirectorPagesAsync(axe);
        await QualityOfficerPagesAsync(axe);
        await ManagementPagesAsync(axe);
        await AdministratorPagesAsync(axe, reference);
        axe.AssertNone();
    }

    private async Task PublicPagesAsync(AxeScan axe)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/klacht-indienen");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Klacht versturen" });
        await axe.PageAsync(page, "publiek formulier", submit);
        await submit.ClickAsync();
        await axe.PageAsync(page, "publiek formulier met fouten", page.Locator(".validation-message"));

        await page.GetByLabel("Naam").FillAsync("Sanne de Boer");
        await page.GetByLabel("E-mailadres").FillAsync("sanne@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync("Mijn re-integratieplan is niet met mij besproken.");
        await submit.ClickAsync();
        await axe.PageAsync(page, "ontvangstbewijs", page.Locator("[data-testid=reference]"));
        await page.Locator("[data-testid=portal-link]").ClickAsync();
        await axe.PageAsync(page, "statuspagina", page.Locator("[data-testid=portal-steps]"));
        await page.GotoAsync("/mijn-klacht/KL-1999-00001?t=onjuist");
        await axe.PageAsync(page, "statuspagina met een onjuiste link", page.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet" }));

        await page.GotoAsync("/login");
        await axe.PageAsync(page, "inloggen", page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }));
        await page.GotoAsync("/bestaat-niet");
        await axe.PageAsync(page, "niet gevonden", page.Locator("[data-testid=not-found-links]"));
        await page.Context.CloseAsync();
    }

    private async Task<string> HandlerPagesAsync(AxeScan axe)
    {
        var page = await app.NewPageAsync();
        var reference = await app.RegisterCaseAsync(page, "behandelaar@focus.example", "Piet Jansen", "Mijn adviseur reageert niet op mijn e-mails.");
        await axe.PageAsync(page, "zaak", page.Locator("[data-testid=status]"));
        await page.GotoAsync("/werklijst");
        await axe.PageAsync(page, "werklijst", page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await page.GotoAsync("/klachten/registreren");
        await axe.PageAsync(page, "klacht registreren", page.Locator("[data-testid=register]"));
        await page.GotoAsync("/signalen/registreren");
        await axe.PageAsync(page, "signaal registreren", page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Or(page.Locator(".mud-typography-h4")));
        await page.GotoAsync("/postvak");
        await axe.PageAsync(page, "postvak", page.Locator("[data-testid=inbox-empty], [data-testid=inbox]"));
        await page.Context.CloseAsync();
        return reference;
    }

    private async Task DirectorPagesAsync(AxeScan axe)
    {
        var page = await app.NewPageAsync();
        var reference = await app.RespondedCaseAsync(page, "Kees Bakker");
        await page.GotoAsync($"/bezwaren/registreren?zaak={reference}");
        await axe.PageAsync(page, "bezwaar registreren", page.Locator("[data-testid=objection-submit]"));
        await app.RegisterObjectionAsync(page, reference, "Kees Bakker");
        await axe.PageAsync(page, "bezwaar (uitnodigen)", page.Locator("[data-testid=invite-submit]"));

        await page.Locator("[data-testid=hearing-at]").FillAsync(RunningApp.Today.AddDays(3).AddHours(14).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Plaats of telefoonnummer").FillAsync("Kantoor Utrecht");
        await page.Locator("[data-testid=invite-submit]").ClickAsync();
        await axe.PageAsync(page, "bezwaar (verslag)", page.Locator("[data-testid=report-submit]"));

        await page.GotoAsync("/bezwaren");
        await axe.PageAsync(page, "bezwaren", page.Locator("[data-testid=objections]"));
        await page.Context.CloseAsync();
    }

    private async Task QualityOfficerPagesAsync(AxeScan axe)
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "kwaliteit@focus.example", "/regels");
        await axe.PageAsync(page, "regelsets", page.Locator("[data-testid=published-terms]"));
        foreach (var slug in new[] { "termijnen", "ontvankelijkheid", "bezwaar" })
        {
            await page.GotoAsync($"/regels/{slug}");
            await axe.PageAsync(page, $"regeleditor {slug}", page.Locator("[data-testid=rule-item]"));
            await page.Locator("[data-testid=rule-item]").First.ClickAsync();
            await axe.PageAsync(page, $"regeleditor {slug} met een regel open", page.Locator("[data-testid=condition-editor]"));
        }

        await page.GotoAsync("/regels/publicaties");
        await axe.PageAsync(page, "publicaties", page.Locator("[data-testid=publications]").Or(page.Locator(".mud-typography-h4")));
        await page.GotoAsync("/regels/brieven?sjabloon=schriftelijke-reactie");
        await axe.PageAsync(page, "brieven", page.Locator("[data-testid=letter-title]"));
        await app.RetryAsync(page, () => page.Locator("[data-testid=preview-make]").ClickAsync(), () => Expect(page.Locator("[data-testid=preview-text]")).ToBeVisibleAsync(new() { Timeout = 3000 }));
        await axe.PageAsync(page, "brieven met voorbeeld", page.Locator("[data-testid=preview-text]"));
        await page.GotoAsync("/regels/kalender");
        await axe.PageAsync(page, "kalender", page.Locator("[data-testid=year]"));
        await page.GotoAsync("/werkwijze");
        await axe.PageAsync(page, "werkwijze", page.Locator("[data-testid=workflow-canvas] svg").GetByText("Geregistreerd"));
        await page.Locator("[data-testid=transition-edit]").First.ClickAsync();
        await axe.PageAsync(page, "werkwijze met een overgang open", page.Locator("[data-testid=transition-panel] [data-testid=condition-editor]"));
        await page.GotoAsync("/werkwijze/zaken-verplaatsen");
        await axe.PageAsync(page, "open zaken verplaatsen", page.Locator("[data-testid=move-none]").Or(page.Locator("[data-testid=move-mapping]")));
        await page.Context.CloseAsync();
    }

    private async Task ManagementPagesAsync(AxeScan axe)
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "management@focus.example", "/rapportage");
        await axe.PageAsync(page, "rapportage", page.Locator("[data-testid=filter-apply]"));
        await page.GotoAsync("/werklijst");
        await axe.PageAsync(page, "geen toegang", page.GetByText("U heeft geen toegang tot deze pagina"));
        await page.Context.CloseAsync();
    }

    private async Task AdministratorPagesAsync(AxeScan axe, string reference)
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "beheerder@focus.example", "/beheer/gebruikers");
        await axe.PageAsync(page, "gebruikers", page.Locator("[data-testid=users]"));
        await page.GotoAsync("/beheer/inzageverzoek");
        await page.Locator("[data-testid=access-email]").FillAsync("klager@example.org");
        await app.RetryAsync(page, () => page.Locator("[data-testid=access-find]").ClickAsync(), () => Expect(page.Locator("[data-testid=access-found]")).ToContainTextAsync(reference, new() { Timeout = 3000 }));
        await axe.PageAsync(page, "inzageverzoek", page.Locator("[data-testid=access-found]"));
        await page.GotoAsync("/beheer/verzending");
        // The acknowledgement e-mails of the cases above fail against the closed mail port.
        await app.RetryAsync(page, () => page.ReloadAsync(), () => Expect(page.Locator("[data-testid=failed-deliveries]")).ToBeVisibleAsync(new() { Timeout = 3000 }));
        await axe.PageAsync(page, "mislukte verzendingen", page.Locator("[data-testid=failed-deliveries]"));
        await page.Context.CloseAsync();
    }
}
