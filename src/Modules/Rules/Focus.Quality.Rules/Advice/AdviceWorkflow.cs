using System.Globalization;
using RulesEngine.Models;

namespace Focus.Quality.Rules.Advice;

/// <summary>
/// A RulesEngine workflow whose every firing rule is one piece of advice, described by its properties. Each rule's
/// required properties are checked when the rules load, so a badly edited file fails at start-up, not on a case.
/// </summary>
internal sealed class AdviceWorkflow
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly string _workflowName;

    public AdviceWorkflow(RuleSetSnapshot snapshot, string workflowName, IReadOnlyList<string> requiredProperties)
    {
        var workflow = snapshot.Workflows.SingleOrDefault(w => w.WorkflowName == workflowName)
            ?? throw new InvalidOperationException($"The rules contain no workflow named '{workflowName}'.");
        foreach (var rule in workflow.Rules)
        {
            foreach (var property in requiredProperties)
            {
                _ = Property(rule, property);
            }
        }

        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _workflowName = workflowName;
        Version = snapshot.Version;
    }

    public string Version { get; }

    public async Task<IReadOnlyList<Rule>> FiredAsync(object input)
    {
        var results = await _engine.ExecuteAllRulesAsync(_workflowName, new RuleParameter("input", input));
        if (results.FirstOrDefault(r => !string.IsNullOrEmpty(r.ExceptionMessage)) is { } broken)
        {
            throw new InvalidOperationException($"Rule '{broken.Rule.RuleName}' of '{_workflowName}' failed: {broken.ExceptionMessage}");
        }

        return [.. results.Where(r => r.IsSuccess).Select(r => r.Rule)];
    }

    public static string Property(Rule rule, string key) =>
        rule.Properties is not null && rule.Properties.TryGetValue(key, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"Rule '{rule.RuleName}' has no property '{key}'.");
}
