using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Focus.Quality.BrowserTests.MudSelectSteps;
using static Focus.Quality.BrowserTests.WorkflowEditorSteps;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.PublishingSecond)]
public sealed class WorkflowCaseMoveTests(RunningApp app)
{
    [Fact]
    public async Task A_quality_officer_adds_a_second_reader_step_publishes_it_and_moves_an_open_case_to_the_new_version_after_a_dry_run()
    {
        var handler = await app.NewPageAsync();
        var reference = await app.RegisterCaseAsync(handler, "behandelaar@focus.example", "Ria Hoekstra", "Mijn trajectplan is zonder overleg aangepast.");
        await Expect(handler.Locator("[data-testid=workflow-state]")).ToContainTextAsync("versie 1");

        var editor = await app.OpenWorkflowEditorAsync();
        await editor.Locator("[data-testid=add-state]").ClickAsync();
        await NameSelectedStateAsync(editor, "Ter beoordeling");
        await AddTransitionAsync(editor, "Ontvangst bevestigd", "Ter beoordeling", "Ter beoordeling aanbieden");
        await AddTransitionAsync(editor, "Ter beoordeling", "Beantwoord", "Schriftelijke reactie versturen");
        await RequireSecondReaderAsync(editor);
        // The canvas says the condition in words as well, never the expression.
        await Expect(editor.Locator("[data-testid=workflow-canvas] svg")).ToContainTextAsync($"[{SecondReader}: nee]");
        await Expect(editor.Locator("[data-testid=workflow-canvas] svg")).Not.ToContainTextAsync("input.");

        await Expect(editor.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();
        await editor.Locator("textarea[data-testid=comment]").FillAsync("Een tweede lezer verstuurt de reactie.");
        await editor.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(editor.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");
        await app.PublishAsync(editor, "Een tweede lezer verstuurt de reactie.");
        await Expect(editor.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Gepubliceerd");

        await editor.Locator("[data-testid=move-cases]").ClickAsync();
        await Expect(editor).ToHaveURLAsync(new Regex("/werkwijze/zaken-verplaatsen$"));
        await Expect(editor.Locator("[data-testid=move-from]")).ToContainTextAsync("Versie 1");
        await ChooseAsync(editor.Locator("[data-testid=map-Registered]"), "Ter beoordeling");
        await editor.Locator("[data-testid=move-dry-run]").ClickAsync();

        var plan = editor.Locator($"[data-testid=move-plan-{reference}]");
        await Expect(plan.Locator("[data-testid=move-to]")).ToHaveTextAsync("Ter beoordeling");
        await Expect(plan).ToContainTextAsync("Niet meer mogelijk: Ontvangst bevestigen");
        await Expect(plan.Locator("[data-testid=move-verdict]")).ToHaveTextAsync("Veilig");
        // Only this case goes: the officer clears the list and takes it back in.
        await editor.Locator("input[data-testid=move-take-all]").UncheckAsync();
        // Each tick is a round trip to the server: a tick before the clearing has come back would be undone by it.
        await Expect(editor.Locator("[data-testid=move-apply]")).ToContainTextAsync("(zaken: 0)");
        await plan.Locator("input[data-testid=move-take]").CheckAsync();
        await Expect(editor.Locator("[data-testid=move-apply]")).ToBeEnabledAsync();
        await Expect(editor.Locator("[data-testid=move-apply]")).ToContainTextAsync("Verplaatsen naar versie 2 (zaken: 1)");
        await editor.Locator("[data-testid=move-apply]").ClickAsync();
        await Expect(plan.Locator("[data-testid=move-verdict]")).ToHaveTextAsync("Verplaatst");

        await handler.ReloadAsync();
        await app.WaitForCaseAsync(handler);
        await Expect(handler.Locator("[data-testid=workflow-state]")).ToContainTextAsync("Status 'Ter beoordeling' in werkwijze versie 2");
        await Expect(handler.Locator("[data-testid=timeline]")).ToContainTextAsync("Verplaatst naar werkwijze versie 2: status ‘Geregistreerd’ (versie 1) is nu ‘Ter beoordeling’");
        // The guard holds on the moved case: its own handler cannot send the response.
        await Expect(handler.Locator("[data-testid=respond]")).ToHaveCountAsync(0);
    }
}
