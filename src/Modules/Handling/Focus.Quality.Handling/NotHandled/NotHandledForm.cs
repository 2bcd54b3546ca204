using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.NotHandled;

/// <summary>The facts the handler established, the ground chosen, and the motivation for the letter.</summary>
internal sealed class NotHandledForm
{
    public DateOnly? ConductOn { get; set; }

    public bool AboutBenefitsDecision { get; set; }

    public bool SameFactsAlreadyHandled { get; set; }

    public bool InLegalProceedings { get; set; }

    public NotHandledReason Reason { get; set; } = NotHandledReason.OutsideSphereOfInfluence;

    public string? Motivation { get; set; }

    /// <summary>Required when no rule advised the chosen ground.</summary>
    public string? OverrideReason { get; set; }

    public DateOnly LetterDate { get; set; }
}
