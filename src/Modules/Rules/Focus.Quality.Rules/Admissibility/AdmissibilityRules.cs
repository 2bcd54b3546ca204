using System.Globalization;
using Focus.Quality.Rules.Contracts;
using RulesEngine.Models;

namespace Focus.Quality.Rules.Admissibility;

/// <summary>Runs the "Admissibility" workflow; every rule that fires is one piece of advice.</summary>
internal sealed class AdmissibilityRules : IAdmissibilityRules
{
    public const string WorkflowName = "Admissibility";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly string _version;

    public AdmissibilityRules(RuleSetSnapshot snapshot)
    {
        var workflow = snapshot.Workflows.SingleOrDefault(w => w.WorkflowName == WorkflowName)
            ?? throw new InvalidOperationException($"The rules contain no workflow named '{WorkflowName}'.");
        foreach (var rule in workflow.Rules)
        {
            _ = Advice(rule, string.Empty);
        }

        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _version = snapshot.Version;
    }

    public async Task<IReadOnlyList<AdmissibilityAdvice>> AdviseAsync(AdmissibilityFacts facts, CancellationToken cancellationToken)
    {
        using var activity = RulesTelemetry.Source.StartActivity("advise admissibility");
        var input = new AdmissibilityInput(
            facts.Description.ToLowerInvariant(),
            facts.ConductOn is { } conduct ? facts.ReceivedOn.DayNumber - conduct.DayNumber : null,
            facts.HasEmail,
            facts.HasPhone,
            facts.AboutBenefitsDecision,
            facts.SameFactsAlreadyHandled,
            facts.InLegalProceedings);
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("input", input));
        if (results.FirstOrDefault(r => !string.IsNullOrEmpty(r.ExceptionMessage)) is { } broken)
        {
            throw new InvalidOperationException($"Admissibility rule '{broken.Rule.RuleName}' failed: {broken.ExceptionMessage}");
        }

        return [.. results.Where(r => r.IsSuccess).Select(r => Advice(r.Rule, _version))];
    }

    private static AdmissibilityAdvice Advice(Rule rule, string version)
    {
        var properties = rule.Properties ?? new Dictionary<string, object>();

        string Read(string key) =>
            properties.TryGetValue(key, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
                ? text
                : throw new InvalidOperationException($"Admissibility rule '{rule.RuleName}' has no property '{key}'.");

        return new AdmissibilityAdvice(
            rule.RuleName, Enum.Parse<NotHandledReason>(Read("Reason"), ignoreCase: true), Read("Explanation"), Read("SuggestedMotivation"), version);
    }
}
