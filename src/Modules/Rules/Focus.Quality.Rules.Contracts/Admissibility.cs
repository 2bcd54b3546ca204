namespace Focus.Quality.Rules.Contracts;

/// <summary>Grounds for not handling a complaint (after Awb 9:8 and the procedure's "outside our sphere of influence").</summary>
public enum NotHandledReason
{
    OutsideSphereOfInfluence,
    OlderThanOneYear,
    AlreadyHandled,
    InLegalProceedings,
    NoWayToReply,
    Other,
}

/// <summary>What the admissibility rules look at: facts from intake plus what the handler established.</summary>
public sealed record AdmissibilityFacts(
    string Description,
    DateOnly ReceivedOn,
    DateOnly? ConductOn,
    bool HasEmail,
    bool HasPhone,
    bool AboutBenefitsDecision,
    bool SameFactsAlreadyHandled,
    bool InLegalProceedings);

/// <summary>One rule that fired: the ground it advises, why, and a motivation the handler may use in the letter.</summary>
public sealed record AdmissibilityAdvice(string RuleName, NotHandledReason Reason, string Explanation, string SuggestedMotivation, string RulesVersion);

/// <summary>Advice only: a person decides, and the decision records the rule that advised it (or an override).</summary>
public interface IAdmissibilityRules
{
    Task<IReadOnlyList<AdmissibilityAdvice>> AdviseAsync(AdmissibilityFacts facts, CancellationToken cancellationToken);
}
