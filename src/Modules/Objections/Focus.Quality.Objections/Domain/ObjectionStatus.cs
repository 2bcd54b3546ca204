namespace Focus.Quality.Objections.Domain;

internal enum ObjectionStatus
{
    /// <summary>Received after its term: the director decides whether to admit it.</summary>
    LateReview,
    Registered,
    Invited,
    HearingHeld,

    /// <summary>The hearing was waived or not attended: the definitive decision is due within its term.</summary>
    Waived,
    Settled,
    Decided,
    NotAdmissible,
}
