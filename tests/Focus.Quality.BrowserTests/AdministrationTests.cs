using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.Second)]
public sealed class AdministrationTests(RunningApp app)
{
    [Fact]
    public async Task The_administrator_creates_an_account_with_a_role_blocks_it_and_sees_that_nothing_waits_for_delivery()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "beheerder@focus.example", "/beheer/gebruikers");
        await Expect(page).ToHaveURLAsync(new Regex("/beheer/gebruikers$"));
        var newAccount = page.Locator("[data-testid=users] tr", new() { HasText = "nieuw.account@focus.example" });

        await app.RetryAsync(page, () => page.Locator("[data-testid=new-user-email]").FillAsync("nieuw.account@focus.example"),
            () => Expect(page.Locator("[data-testid=new-user-email]")).ToHaveValueAsync("nieuw.account@focus.example", new() { Timeout = 3000 }));
        await page.Locator("[data-testid=new-user-password]").FillAsync("kort");
        await page.GetByLabel("Behandelaar").First.CheckAsync();
        await page.Locator("[data-testid=create-user]").ClickAsync();
        await Expect(page.GetByText("Vul de naam in zoals die onder brieven")).ToBeVisibleAsync();
        await page.Locator("[data-testid=new-user-name]").FillAsync("Fatima el Amrani");
        await page.Locator("[data-testid=new-user-function]").FillAsync("Klachtbehandelaar");
        await page.Locator("[data-testid=create-user]").ClickAsync();
        await Expect(page.GetByText("minstens 12 tekens lang")).ToBeVisibleAsync();
        await Expect(newAccount).ToHaveCountAsync(0);

        await page.Locator("[data-testid=new-user-password]").FillAsync("Sterk!Wachtwoord2026");
        await page.Locator("[data-testid=create-user]").ClickAsync();
        await Expect(newAccount).ToContainTextAsync("Actief");
        await Expect(newAccount.Locator("[data-testid=user-signature]")).ToHaveTextAsync("Fatima el Amrani, Klachtbehandelaar");
        await Expect(newAccount.GetByLabel("Behandelaar")).ToBeCheckedAsync();
        await Expect(newAccount.GetByLabel("Directeur")).Not.ToBeCheckedAsync();

        await newAccount.GetByRole(AriaRole.Button, new() { Name = "Blokkeren" }).ClickAsync();
        await Expect(newAccount).ToContainTextAsync("Geblokkeerd");

        await page.GotoAsync("/beheer/verzending");
        await Expect(page.Locator("[data-testid=no-failed-deliveries]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_administrator_answers_an_access_request_with_one_download()
    {
        var reference = await app.RegisterCaseAsync(await app.NewPageAsync(), "behandelaar@focus.example", "Lotte Inzage", "Mijn gegevens wil ik inzien.");
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "beheerder@focus.example", "/beheer/inzageverzoek");
        await Expect(page).ToHaveURLAsync(new Regex("/beheer/inzageverzoek$"));

        await app.RetryAsync(page, () => page.Locator("[data-testid=access-email]").FillAsync("onbekend@example.org"),
            () => Expect(page.Locator("[data-testid=access-email]")).ToHaveValueAsync("onbekend@example.org", new() { Timeout = 3000 }));
        await page.Locator("[data-testid=access-find]").ClickAsync();
        await Expect(page.GetByText("geen klachten met dit e-mailadres")).ToBeVisibleAsync();

        await page.Locator("[data-testid=access-email]").FillAsync("klager@example.org");
        await page.Locator("[data-testid=access-find]").ClickAsync();
        await Expect(page.Locator("[data-testid=access-found]")).ToContainTextAsync(reference);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=access-download]").ClickAsync());

        Assert.StartsWith("inzageverzoek-", download.SuggestedFilename, StringComparison.Ordinal);
        var content = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Lotte Inzage", content, StringComparison.Ordinal);
        Assert.Contains(reference, content, StringComparison.Ordinal);
    }
}
