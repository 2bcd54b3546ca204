using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests.Accessibility;

/// <summary>
/// Runs axe-core's WCAG 2.1 A and AA rules on pages as they are shown and collects every violation, so one run reports
/// all pages at once: per violation the page, the rule and the element.
/// </summary>
internal sealed class AxeScan
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private const string FadesFinished = """
        () => Promise.all(document.getAnimations()
            .filter(animation => animation.effect?.getTiming().iterations !== Infinity)
            .map(animation => animation.finished.catch(() => null)))
        """;

    private readonly List<string> _violations = [];
    private readonly List<string> _scanned = [];

    /// <summary>Scans the page once <paramref name="ready"/> shows, leaving out <paramref name="exclude"/> (CSS selectors).</summary>
    public async Task PageAsync(IPage page, string name, ILocator ready, params string[] exclude)
    {
        await Expect(ready.First).ToBeVisibleAsync();
        // A staff screen draws its data after the circuit connects; a progress bar means it is still loading.
        await Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        // A message that is still fading in is half transparent, and axe would measure the contrast of that moment.
        await page.EvaluateAsync(FadesFinished);
        var context = new AxeRunContext { Exclude = [.. exclude.Select(selector => new AxeSelector(selector))] };
        var result = exclude.Length == 0 ? await page.RunAxe(Wcag21) : await page.RunAxe(context, Wcag21);
        _scanned.Add(name);
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                _violations.Add($"{name} ({page.Url}): {violation.Id} at {node.Target}: {violation.Help} | {node.Html}");
            }
        }
    }

    /// <summary>Fails with every violation found, one per line.</summary>
    public void AssertNone() =>
        Assert.True(_violations.Count == 0, $"{_violations.Count} axe violations on {string.Join(", ", _scanned)}:\n{string.Join("\n", _violations)}");
}
