using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests.Accessibility;

/// <summary>
/// Runs axe-core's WCAG 2.1 A and AA rules on pages as they are shown and collects every violation, so one run reports
/// all pages at once: per violation the page, the rule and the element.
/// </summary>
/// <remarks>
/// axe runs in the page and hands back only its violations: Deque's Playwright wrapper took 3 to 7 s a page on two
/// busy cores against under 2 s for the same script this way, and the scan visits some thirty pages.
/// </remarks>
internal sealed class AxeScan
{
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Runs axe once nothing fades any more, and again when something started to fade during the run (a message that
    /// appears while axe measures is half transparent at that moment, and its contrast would count as a violation).
    /// </summary>
    private const string RunWcag21WhenStill = """
        async () => {
            const fadesFinished = () => Promise.all(document.getAnimations()
                .filter(animation => animation.effect?.getTiming().iterations !== Infinity)
                .map(animation => animation.finished.catch(() => null)));
            for (let attempt = 1; ; attempt++) {
                await fadesFinished();
                let moved = false;
                const mark = () => { moved = true; };
                document.addEventListener('animationstart', mark, true);
                document.addEventListener('transitionstart', mark, true);
                const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                    resultTypes: ['violations'],
                });
                document.removeEventListener('animationstart', mark, true);
                document.removeEventListener('transitionstart', mark, true);
                if (!moved || attempt === 5) {
                    return result.violations.flatMap(violation => violation.nodes.map(node =>
                        ({ rule: violation.id, help: violation.help, target: node.target.join(' '), html: node.html })));
                }
            }
        }
        """;

    private readonly List<string> _violations = [];
    private readonly List<string> _scanned = [];

    /// <summary>Scans the page once <paramref name="ready"/> shows.</summary>
    public async Task PageAsync(IPage page, string name, ILocator ready)
    {
        await Expect(ready.First).ToBeVisibleAsync();
        // A staff screen draws its data after the circuit connects; a progress bar means it is still loading.
        await Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts. Half a megabyte of
        // script, so only once per document: a step within the page (a click, a form sent) keeps it.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource);
        }

        var violations = await page.EvaluateAsync<JsonElement>(RunWcag21WhenStill);
        _scanned.Add(name);
        foreach (var violation in violations.EnumerateArray())
        {
            _violations.Add($"{name} ({page.Url}): {Text(violation, "rule")} at {Text(violation, "target")}: {Text(violation, "help")} | {Text(violation, "html")}");
        }
    }

    /// <summary>Fails with every violation found, one per line.</summary>
    public void AssertNone() =>
        Assert.True(_violations.Count == 0, $"{_violations.Count} axe violations on {string.Join(", ", _scanned)}:\n{string.Join("\n", _violations)}");

    private static string? Text(JsonElement violation, string property) => violation.GetProperty(property).GetString();
}
