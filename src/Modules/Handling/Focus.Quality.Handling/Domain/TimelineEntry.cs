namespace Focus.Quality.Handling.Domain;

internal enum TimelineKind
{
    Received,
    Registered,
    TermsSet,
    Assigned,
    TermExtended,
    TermWarning,
    InternalNote,
    Communication,
    AttachmentAdded,
    TermBreached,
    Acknowledged,
    AcknowledgementMailed,
    Responded,
    NotHandled,
    LetterMailed,
    LetterByPost,
    Closed,
    ObjectionRegistered,
    LateObjectionAdmitted,
    HearingScheduled,
    HearingHeld,
    HearingWaived,
    ObjectionConcluded,
    WorkflowMoved,
    ReviewRequested,
    ResponseApproved,
    ReturnedForRework,
}

/// <summary>One thing that happened to a case; never changed after it was written.</summary>
internal sealed class TimelineEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Order of writing, for entries with the same moment.</summary>
    public int Sequence { get; init; }

    public TimelineKind Kind { get; init; }

    /// <summary>Who did it; null for the complainant or the system.</summary>
    public string? Actor { get; init; }

    /// <summary>Data for the localized sentence (channel, method, note, due dates), not a sentence itself.</summary>
    public string? Details { get; init; }
}
