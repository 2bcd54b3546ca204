namespace Focus.Quality.Rules.Admissibility;

/// <summary>The typed input of the admissibility rules, shaped for simple expressions in rules/admissibility.json.</summary>
internal sealed record AdmissibilityInput(
    string DescriptionLower,
    int? DaysBetweenConductAndReceipt,
    bool HasEmail,
    bool HasPhone,
    bool AboutBenefitsDecision,
    bool SameFactsAlreadyHandled,
    bool InLegalProceedings);
