using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.Domain;

/// <summary>
/// The decision not to handle a complaint: the ground, the rule that advised it (with the rules version) or, when the
/// handler chose a ground no rule advised, the reason for overriding the advice.
/// </summary>
internal sealed record NotHandledDecision(
    NotHandledReason Reason,
    string? AdvisingRule,
    string? RulesVersion,
    string? OverrideReason,
    string Motivation,
    DateOnly LetterDate,
    string By);
