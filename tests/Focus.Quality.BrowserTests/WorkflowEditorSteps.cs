using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Focus.Quality.BrowserTests.MudSelectSteps;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>What a quality officer does in the workflow editor (/werkwijze), by mouse and keyboard only: no expression is typed.</summary>
public static class WorkflowEditorSteps
{
    public const string SecondReader = "Wie de stap zet is de behandelaar";

    public static async Task<IPage> OpenWorkflowEditorAsync(this RunningApp app)
    {
        var editor = await app.NewPageAsync();
        await app.LogInAsync(editor, "kwaliteit@focus.example", "/werkwijze");
        await Expect(editor).ToHaveURLAsync(new Regex("/werkwijze$"));
        // The canvas is drawn only after the circuit has connected and the bundle has laid out the graph: on a busy
        // machine that takes longer than an assertion's default 5 seconds.
        await Expect(editor.Locator("[data-testid=workflow-canvas] svg")).ToContainTextAsync("Geregistreerd", new() { Timeout = 30_000 });
        // The tools work once the canvas's handle has reached the circuit, a moment after the drawing.
        await Expect(editor.Locator("[data-testid=add-state]")).ToBeEnabledAsync();
        return editor;
    }

    public static async Task NameSelectedStateAsync(IPage page, string label)
    {
        var name = page.Locator("[data-testid=state-panel] input").First;
        await Expect(name).ToHaveValueAsync("Nieuwe status");
        await name.FillAsync(label);
        await page.Locator("[data-testid=state-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=workflow-canvas] svg")).ToContainTextAsync(label);
    }

    /// <summary>
    /// Removes a transition in the side panel. A click that lands while the panel redraws after a change on the canvas is
    /// lost (Blazor drops an event of a replaced element), so it clicks again until the row is gone.
    /// </summary>
    public static async Task RemoveTransitionAsync(this RunningApp app, IPage page, string transition)
    {
        var row = page.Locator($"[data-testid=transition-{transition}]");
        await app.RetryAsync(page, () => row.Locator("[data-testid=transition-delete]").ClickAsync(),
            () => Expect(row).ToHaveCountAsync(0, new() { Timeout = 3000 }));
    }

    /// <summary>Adds a transition in the side panel; the new transition opens in the edit panel above it.</summary>
    public static async Task AddTransitionAsync(IPage page, string from, string to, string action)
    {
        var form = page.Locator("[data-testid=add-transition]");
        await ChooseAsync(form.Locator("[data-testid=new-from]"), from);
        await ChooseAsync(form.Locator("[data-testid=new-to]"), to);
        await ChooseAsync(form.Locator("[data-testid=new-action]"), action);
        await page.Locator("[data-testid=new-add]").ClickAsync();
        await Expect(page.Locator("[data-testid=transitions]")).ToContainTextAsync($"{from} → {to}");
        await Expect(page.Locator("[data-testid=transition-panel] h6")).ToContainTextAsync($"{from} → {to}");
    }

    /// <summary>In the open transition's panel: "de tweede lezer is niet de behandelaar" with the condition builder, then Toepassen.</summary>
    public static async Task RequireSecondReaderAsync(IPage page)
    {
        var panel = page.Locator("[data-testid=transition-panel]");
        await panel.Locator("[data-testid=condition-add]").ClickAsync();
        var line = panel.Locator("[data-testid=condition-line]").Last;
        await ChooseAsync(line.Locator("[data-testid=condition-field]"), SecondReader);
        await ChooseAsync(line.Locator("[data-testid=condition-value]"), "nee");
        await panel.Locator("[data-testid=transition-apply]").ClickAsync();
        await Expect(page.Locator("[data-testid=transitions] [data-testid=transition-condition]")).ToContainTextAsync($"Voorwaarde: {SecondReader}: nee");
    }
}
