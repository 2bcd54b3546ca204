using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Focus.Quality.BrowserTests.MudSelectSteps;
using static Focus.Quality.BrowserTests.WorkflowEditorSteps;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.PublishingFirst)]
public sealed class WorkflowEditorTests(RunningApp app)
{
    [Fact]
    public async Task A_quality_officer_adds_a_review_step_in_the_visual_editor_and_new_cases_need_a_second_reader_before_the_response()
    {
        var editor = await app.OpenWorkflowEditorAsync();

        await editor.Locator("[data-testid=palette-state]").DragToAsync(editor.Locator("[data-testid=workflow-canvas]"), new() { Force = true, TargetPosition = new() { X = 120, Y = 60 } });
        await NameSelectedStateAsync(editor, "Ter beoordeling");
        await editor.Locator("[data-testid=add-state]").ClickAsync();
        await NameSelectedStateAsync(editor, "Goedgekeurd");
        await editor.Locator("[data-testid=add-state]").ClickAsync();
        await NameSelectedStateAsync(editor, "Overbodig");
        // The new state is selected; a click on its selection box gives the canvas the keyboard.
        await editor.Locator("[data-testid=workflow-canvas] .x6-widget-selection-box").ClickAsync();
        await editor.Keyboard.PressAsync("Delete");
        await Expect(editor.Locator("[data-testid=workflow-canvas] svg")).Not.ToContainTextAsync("Overbodig");

        await app.RemoveTransitionAsync(editor, "Registered-Respond-Responded");
        await app.RemoveTransitionAsync(editor, "Acknowledged-Respond-Responded");
        await AddTransitionAsync(editor, "Ontvangst bevestigd", "Ter beoordeling", "Ter beoordeling aanbieden");
        await AddTransitionAsync(editor, "Ter beoordeling", "Goedgekeurd", "Goedkeuren (tweede lezer)");
        await RequireSecondReaderAsync(editor);
        await AddTransitionAsync(editor, "Goedgekeurd", "Beantwoord", "Schriftelijke reactie versturen");

        await Expect(editor.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();
        await editor.Locator("textarea[data-testid=comment], [data-testid=comment] textarea").First.FillAsync("Tweede lezer keurt elk antwoord goed voor verzending.");
        await editor.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(editor.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");
        await ChooseAsync(editor.Locator("[data-testid=diff-with]"), "v1 (Gepubliceerd)");
        var diff = editor.Locator("[data-testid=diff-list]");
        await Expect(diff).ToContainTextAsync("Toegevoegd status ‘Ter beoordeling’");
        await Expect(diff).ToContainTextAsync("Verwijderd overgang ‘Geregistreerd’ → ‘Beantwoord’ bij ‘Schriftelijke reactie versturen’");
        // The added state is coloured on the canvas as well.
        await Expect(editor.Locator("[data-testid=workflow-canvas] g[data-cell-id] rect[stroke='#2e7d32']")).Not.ToHaveCountAsync(0);
        await app.PublishAsync(editor, "Tweede lezer keurt elk antwoord goed voor verzending.");
        await Expect(editor.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Gepubliceerd");
        await Expect(editor.Locator("[data-testid=version-state-1]")).ToContainTextAsync("Vervangen");

        var handler = await app.NewPageAsync();
        var reference = await app.RegisterCaseAsync(handler, "behandelaar@focus.example", "Sanne de Boer", "Mijn re-integratieplan is zonder overleg gewijzigd.");

        await Expect(handler.Locator("[data-testid=workflow-state]")).ToContainTextAsync("versie 2");
        await Expect(handler.Locator("[data-testid=respond]")).ToHaveCountAsync(0);
        await handler.Locator("[data-testid=acknowledge]").ClickAsync();
        await handler.Locator("[data-testid=review-SubmitForReview]").ClickAsync();
        await Expect(handler.Locator("[data-testid=workflow-state]")).ToContainTextAsync("Ter beoordeling");
        // The guard keeps the handler from approving their own response.
        await Expect(handler.Locator("[data-testid=review-ApproveResponse]")).ToHaveCountAsync(0);
        await Expect(handler.Locator("[data-testid=respond]")).ToHaveCountAsync(0);

        var director = await app.NewPageAsync();
        await app.LogInAsync(director, "directeur@focus.example", $"/zaken/{reference}");
        await Expect(director).ToHaveURLAsync(new Regex($"/zaken/{reference}$"));
        await director.Locator("[data-testid=review-ApproveResponse]").ClickAsync();
        await Expect(director.Locator("[data-testid=workflow-state]")).ToContainTextAsync("Goedgekeurd");

        await handler.ReloadAsync();
        await handler.GetByLabel("Samenvatting van de klacht").FillAsync("Het plan is zonder overleg gewijzigd.");
        await handler.GetByLabel("Voorgestelde oplossing of maatregelen").FillAsync("Het plan wordt samen opnieuw besproken.");
        await handler.Locator("[data-testid=respond]").ClickAsync();
        await Expect(handler.Locator("[data-testid=response]")).ToBeVisibleAsync();
        await Expect(handler.Locator("[data-testid=workflow-state]")).ToContainTextAsync("Beantwoord");
        await Expect(handler.Locator("[data-testid=timeline]")).ToContainTextAsync("Antwoord goedgekeurd door tweede lezer");
    }
}
