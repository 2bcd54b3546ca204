using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

public sealed class RuleSetEditorTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_quality_officer_lengthens_a_term_in_the_form_tries_it_on_the_test_bench_and_against_existing_cases_then_publishes()
    {
        var reference = await app.RegisterCaseAsync(await app.NewPageAsync(), "behandelaar@focus.example", "Piet Jansen", "Mijn adviseur reageert niet op mijn e-mails.");

        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "kwaliteit@focus.example", "/regels");
        await Expect(page.Locator("[data-testid=published-terms]")).ToContainTextAsync("v1");
        await app.RetryAsync(page, () => page.Locator("[data-testid=edit-terms]").ClickAsync(), () => Expect(page).ToHaveURLAsync(new Regex("/regels/termijnen$"), new() { Timeout = 3000 }));

        await page.Locator("[data-testid=rule-item]").Filter(new() { HasText = "Bevestiging binnen 5 werkdagen" }).ClickAsync();
        var count = page.Locator("input[data-testid=term-count]");
        await Expect(count).ToHaveValueAsync("5");
        await count.FillAsync("10");
        await count.PressAsync("Tab");
        await Expect(page.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();

        // Under "geavanceerd", a misspelt field is reported in Dutch with the rule and the position, and the builder says why it
        // cannot show the expression; the draft cannot be published like this.
        await page.Locator("[data-testid=condition-advanced]").GetByText("Geavanceerd").ClickAsync();
        var expression = page.Locator("textarea[data-testid=rule-expression]");
        await expression.FillAsync("input.Chanel == \"Phone\"");
        await expression.PressAsync("Tab");
        await Expect(page.Locator("[data-testid=problem]").First).ToContainTextAsync("Regel 'Bevestiging binnen 5 werkdagen'");
        await Expect(page.Locator("[data-testid=problem]").First).ToContainTextAsync("Chanel");
        await Expect(page.Locator("[data-testid=condition-raw-only]")).ToContainTextAsync("het veld \"Chanel\" bestaat niet");
        await expression.FillAsync("input.Trigger == \"ComplaintReceived\"");
        await expression.PressAsync("Tab");
        await Expect(page.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=condition-lead]")).ToContainTextAsync("Ontvangst van de klacht");

        await page.GetByRole(AriaRole.Tab, new() { Name = "JSON" }).ClickAsync();
        await Expect(page.Locator("textarea[data-testid=raw-json]")).ToHaveValueAsync(new Regex("\"Count\": 10,"));

        await page.Locator("textarea[data-testid=comment]").FillAsync("Ontvangstbevestiging binnen tien werkdagen (proef).");
        await page.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");

        // Christmas Eve 2026: the draft's ten working days skip Christmas, the weekends and New Year's Day.
        var bench = page.Locator("[data-testid=test-bench]");
        await bench.GetByRole(AriaRole.Textbox, new() { Name = "Startdatum" }).FillAsync("24-12-2026");
        await bench.GetByRole(AriaRole.Textbox, new() { Name = "Startdatum" }).PressAsync("Tab");
        await bench.Locator("[data-testid=bench-run]").ClickAsync();
        var acknowledgement = bench.Locator("[data-testid=bench-term-Acknowledgement]");
        await Expect(bench.Locator("[data-testid=bench-version]")).ToContainTextAsync("termijnen v2");
        await Expect(acknowledgement.Locator("[data-testid=due]")).ToContainTextAsync("11 jan 2027");
        await Expect(acknowledgement).ToContainTextAsync("Eerste Kerstdag");
        await Expect(acknowledgement).ToContainTextAsync("Nieuwjaarsdag");
        await bench.GetByLabel("Versie v2 gebruiken (uit: gepubliceerde versie)").UncheckAsync();
        await bench.Locator("[data-testid=bench-run]").ClickAsync();
        await Expect(acknowledgement.Locator("[data-testid=due]")).ToContainTextAsync("4 jan 2027");

        var whatIf = page.Locator("[data-testid=what-if]");
        await whatIf.Locator("[data-testid=what-if-run]").ClickAsync();
        await Expect(whatIf.Locator("[data-testid=what-if-summary]")).ToContainTextAsync("1 zouden veranderen");
        await Expect(whatIf.Locator($"[data-testid=what-if-{reference}]")).ToContainTextAsync("Ontvangstbevestiging");

        await app.PublishAsync(page, "Akkoord na proef op de testbank.");
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Gepubliceerd");
        await page.GotoAsync("/regels");
        await Expect(page.Locator("[data-testid=published-terms]")).ToContainTextAsync("v2");
    }

    [Fact]
    public async Task A_quality_officer_adds_a_closing_day_in_the_year_view_and_the_test_bench_skips_it()
    {
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "kwaliteit@focus.example", "/regels/kalender");
        await Expect(page).ToHaveURLAsync(new Regex("/regels/kalender$"));
        var year = RunningApp.Today.Year + 1;
        var closing = FirstWednesdayOfMarch(year);
        // One click: staff screens are not prerendered, so the button exists only once it works, and a repeated click on a
        // slow machine went a year further each time.
        await page.Locator("[data-testid=next-year]").ClickAsync();
        await Expect(page.Locator("[data-testid=year]")).ToHaveTextAsync($"{year}");

        await Expect(Day(page, new DateOnly(year, 12, 25))).ToHaveAttributeAsync("data-kind", "holiday");
        await Expect(Day(page, closing.AddDays(3))).ToHaveAttributeAsync("data-kind", "weekend");
        var holidays = await page.Locator("[data-kind=holiday]").CountAsync();
        await page.GetByLabel("Goede Vrijdag is een vrije dag").CheckAsync();
        await Expect(page.Locator("[data-kind=holiday]")).ToHaveCountAsync(holidays + 1);

        await Day(page, closing).ClickAsync();
        await page.Locator("input[data-testid=closing-name]").FillAsync("Studiedag hele organisatie");
        await page.Locator("[data-testid=add-closing-day]").ClickAsync();
        await Expect(Day(page, closing)).ToHaveAttributeAsync("data-kind", "closing");
        await Expect(page.Locator("[data-testid=closing-list]")).ToContainTextAsync("Studiedag hele organisatie");

        await page.Locator("textarea[data-testid=comment]").FillAsync("Studiedag en Goede Vrijdag vrij.");
        await page.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");

        var bench = page.Locator("[data-testid=test-bench]");
        await bench.GetByRole(AriaRole.Textbox, new() { Name = "Startdatum" }).FillAsync(closing.AddDays(-1).ToString("dd-MM-yyyy"));
        await bench.GetByRole(AriaRole.Textbox, new() { Name = "Startdatum" }).PressAsync("Tab");
        await bench.Locator("[data-testid=bench-run]").ClickAsync();
        await Expect(bench.Locator("[data-testid=bench-version]")).ToContainTextAsync("kalender v2");
        await Expect(bench.Locator("[data-testid=bench-term-Acknowledgement]")).ToContainTextAsync("Studiedag hele organisatie");

        await app.PublishAsync(page, "Akkoord na proef op de testbank.");
        await Expect(page.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Gepubliceerd");

        // Clicking a closing day offers to make it a working day again: a change the page marks as unsaved.
        await Day(page, closing).ClickAsync();
        await page.Locator("[data-testid=remove-selected]").ClickAsync();
        await Expect(Day(page, closing)).ToHaveAttributeAsync("data-kind", "working");
        await Expect(page.Locator("[data-testid=versions]")).ToContainTextAsync("niet-opgeslagen");
    }

    private static ILocator Day(IPage page, DateOnly date) => page.Locator($"[data-testid=day-{date:yyyy-MM-dd}]");

    private static DateOnly FirstWednesdayOfMarch(int year)
    {
        var day = new DateOnly(year, 3, 1);
        return day.AddDays(((int)DayOfWeek.Wednesday - (int)day.DayOfWeek + 7) % 7);
    }
}
