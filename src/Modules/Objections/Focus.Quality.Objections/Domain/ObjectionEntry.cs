namespace Focus.Quality.Objections.Domain;

internal enum ObjectionStep
{
    Registered,
    LateAdmitted,
    LateRejected,
    Invited,

    /// <summary>The complainant confirmed the hearing on the status page.</summary>
    HearingConfirmed,
    HearingHeld,
    Waived,
    Settled,
    Decided,
    TermWarning,
    TermBreached,
    Anonymised,
    LetterPdfFailed,
}

/// <summary>One step of the objection, who took it and when; never changed after it was written (its free text is erased at anonymisation).</summary>
internal sealed record ObjectionEntry(Guid Id, DateTimeOffset At, int Sequence, ObjectionStep Step, string? Actor, string? Details);
