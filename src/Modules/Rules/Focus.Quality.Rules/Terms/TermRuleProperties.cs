using System.Globalization;
using Focus.Quality.Rules.Contracts;
using RulesEngine.Models;

namespace Focus.Quality.Rules.Terms;

/// <summary>
/// The term a rule sets, read from the rule's Properties in rules/terms.json. Rule versions from before
/// ExtendsWhenEndingOn existed ran to the next day of the working-day calendar, which stays the default.
/// </summary>
internal sealed record TermRuleProperties(
    string Term, TermUnit Unit, int Count, int WarnBeforeWorkingDays, bool RunsToNextWorkingDay, ExtensionDays ExtendsWhenEndingOn, TermOwner Owner)
{
    public static TermRuleProperties From(Rule rule)
    {
        var properties = rule.Properties ?? new Dictionary<string, object>();

        string Read(string key) =>
            properties.TryGetValue(key, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
                ? text
                : throw new InvalidOperationException($"Term rule '{rule.RuleName}' has no property '{key}'.");

        string ReadOr(string key, string fallback) => properties.ContainsKey(key) ? Read(key) : fallback;

        return new TermRuleProperties(
            Read("Term"),
            Enum.Parse<TermUnit>(Read("Unit"), ignoreCase: true),
            int.Parse(Read("Count"), CultureInfo.InvariantCulture),
            int.Parse(ReadOr("WarnBeforeWorkingDays", "0"), CultureInfo.InvariantCulture),
            bool.Parse(ReadOr("RunsToNextWorkingDay", "false")),
            Enum.Parse<ExtensionDays>(ReadOr("ExtendsWhenEndingOn", nameof(ExtensionDays.WorkingDayCalendar)), ignoreCase: true),
            Enum.Parse<TermOwner>(ReadOr("Owner", nameof(TermOwner.Focus)), ignoreCase: true));
    }
}
