namespace Focus.Quality.Rules.Contracts;

/// <summary>What the objection rules look at: when the objection arrived and when the complainant's term ended.</summary>
public sealed record ObjectionFacts(DateOnly ReceivedOn, DateOnly ObjectionDue);

/// <summary>One objection rule that fired (e.g. the objection is late), with a motivation the director may use.</summary>
public sealed record ObjectionAdvice(string RuleName, string Explanation, string SuggestedMotivation, string RulesVersion);

/// <summary>Advice only: the director decides, with a reason, and the decision records the rule that advised it.</summary>
public interface IObjectionRules
{
    Task<IReadOnlyList<ObjectionAdvice>> AdviseAsync(ObjectionFacts facts, CancellationToken cancellationToken);
}
