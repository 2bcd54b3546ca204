using Focus.Quality.Rules.Advice;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Admissibility;

/// <summary>Runs the "Admissibility" workflow; every rule that fires is one piece of advice.</summary>
internal sealed class AdmissibilityRules(RuleSetSnapshot snapshot) : IAdmissibilityRules
{
    public const string WorkflowName = "Admissibility";

    private readonly AdviceWorkflow _workflow = new(snapshot, WorkflowName, ["Reason", "Explanation", "SuggestedMotivation"]);

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
        var fired = await _workflow.FiredAsync(input);
        return [.. fired.Select(rule => new AdmissibilityAdvice(
            rule.RuleName,
            Enum.Parse<NotHandledReason>(AdviceWorkflow.Property(rule, "Reason"), ignoreCase: true),
            AdviceWorkflow.Property(rule, "Explanation"),
            AdviceWorkflow.Property(rule, "SuggestedMotivation"),
            _workflow.Version))];
    }
}
