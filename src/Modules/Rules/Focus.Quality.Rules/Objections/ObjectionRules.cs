using Focus.Quality.Rules.Advice;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Objections;

/// <summary>The typed input of rules/objections.json: positive when the objection arrived after the complainant's term.</summary>
internal sealed record ObjectionInput(int DaysAfterObjectionTerm);

/// <summary>Runs the "ObjectionAdmissibility" workflow, e.g. flagging an objection that arrived after its term.</summary>
internal sealed class ObjectionRules(RuleSetSnapshot snapshot) : IObjectionRules
{
    public const string WorkflowName = "ObjectionAdmissibility";

    private readonly AdviceWorkflow _workflow = new(snapshot, WorkflowName, ["Explanation", "SuggestedMotivation"]);

    public async Task<IReadOnlyList<ObjectionAdvice>> AdviseAsync(ObjectionFacts facts, CancellationToken cancellationToken)
    {
        using var activity = RulesTelemetry.Source.StartActivity("advise objection");
        var fired = await _workflow.FiredAsync(new ObjectionInput(facts.ReceivedOn.DayNumber - facts.ObjectionDue.DayNumber));
        return [.. fired.Select(rule => new ObjectionAdvice(
            rule.RuleName, AdviceWorkflow.Property(rule, "Explanation"), AdviceWorkflow.Property(rule, "SuggestedMotivation"), _workflow.Version))];
    }
}
