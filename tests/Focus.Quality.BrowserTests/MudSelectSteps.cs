using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

/// <summary>Choosing in a MudBlazor select the way a person does: open it, click the option, see it chosen.</summary>
public static class MudSelectSteps
{
    /// <summary>
    /// Clicks <paramref name="option"/> in the list this select opened (its <c>aria-controls</c>), not in any open list:
    /// on a busy machine the list of the select chosen just before is still closing and still counts as open, and the
    /// click went to the same name there (a flaky failure under load in the workflow editor).
    /// </summary>
    public static async Task ChooseAsync(ILocator select, string option)
    {
        await select.First.ClickAsync();
        // The select names its list once it is open.
        await Expect(select.First).ToHaveAttributeAsync("aria-controls", new Regex(".+"));
        var list = await select.First.GetAttributeAsync("aria-controls");
        await select.Page.Locator($"[id='{list}'] .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).ClickAsync();
        await Expect(select.First).ToContainTextAsync(option);
    }
}
