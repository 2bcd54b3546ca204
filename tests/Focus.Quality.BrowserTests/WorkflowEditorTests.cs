using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

public sealed class WorkflowEditorTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_quality_officer_adds_a_review_step_in_the_visual_editor_and_new_cases_need_a_second_reader_before_the_response()
    {
        var editor = await app.NewPageAsync();
        await app.LogInAsync(editor, "kwaliteit@focus.example", "/werkwijze");
        await editor.WaitForURLAsync("**/werkwijze");
        // The canvas is drawn only after the circuit has connected and the bundle has laid out the graph: on a busy
        // machine that takes longer than an assertion's default 5 seconds.
        await Expect(editor.Locator("[data-testid=workflow-canvas] svg")).ToContainTextAsync("Geregistreerd", new() { Timeout = 30_000 });

        await editor.Locator("[data-testid=palette-state]").DragToAsync(editor.Locator("[data-testid=workflow-canvas]"), new() { Force = true, TargetPosition = new() { X = 120, Y = 60 } });
        await NameSelectedStateAsync(editor, "Ter beoordeling");
        await editor.Locator("[data-testid=add-state]").ClickAsync();
        await NameSelectedStateAsync(editor, "Goedgekeurd");

        await RemoveTransitionAsync(editor, "Registered-Respond-Responded");
        await RemoveTransitionAsync(editor, "Acknowledged-Respond-Responded");
        await AddTransitionAsync(editor, "Ontvangst bevestigd", "Ter beoordeling", "Ter beoordeling aanbieden");
        await AddTransitionAsync(editor, "Ter beoordeling", "Goedgekeurd", "Goedkeuren (tweede lezer)", "input.Actor != input.AssignedTo");
        await AddTransitionAsync(editor, "Goedgekeurd", "Beantwoord", "Schriftelijke reactie versturen");

        await Expect(editor.Locator("[data-testid=problems-none]")).ToBeVisibleAsync();
        await editor.Locator("textarea[data-testid=comment], [data-testid=comment] textarea").First.FillAsync("Tweede lezer keurt elk antwoord goed voor verzending.");
        await editor.Locator("[data-testid=save-draft]").ClickAsync();
        await Expect(editor.Locator("[data-testid=version-state-2]")).ToContainTextAsync("Concept");
        await editor.Locator("[data-testid=diff-with]").ClickAsync();
        await editor.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "v1" }).ClickAsync();
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
        await director.WaitForURLAsync($"**/zaken/{reference}");
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

    private static async Task NameSelectedStateAsync(IPage page, string label)
    {
        var name = page.Locator("[data-testid=state-panel] input").First;
        await Expect(name).ToHaveValueAsync("Nieuwe status");
        await name.FillAsync(label);
        await page.Locator("[data-testid=state-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=workflow-canvas] svg")).ToContainTextAsync(label);
    }

    private static async Task RemoveTransitionAsync(IPage page, string transition)
    {
        var row = page.Locator($"[data-testid=transition-{transition}]");
        await row.Locator("[data-testid=transition-delete]").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    private static async Task AddTransitionAsync(IPage page, string from, string to, string action, string? guard = null)
    {
        await ChooseAsync(page, "new-from", from);
        await ChooseAsync(page, "new-to", to);
        await ChooseAsync(page, "new-action", action);
        if (guard is not null)
        {
            await page.Locator("[data-testid=new-guard] input, input[data-testid=new-guard]").First.FillAsync(guard);
        }

        await page.Locator("[data-testid=new-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=transitions]")).ToContainTextAsync($"{from} → {to}");
    }

    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid=add-transition] [data-testid={testId}]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).ClickAsync();
    }
}
