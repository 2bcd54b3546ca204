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
    Anonymised,
    TermRuleFailed,
    TermSetByHand,
    LetterPdfFailed,
    PortalLinkRenewed,
    PortalLinkRevoked,
    InformationRequested,
    InformationReceived,
    TermResumed,
    WorkflowVersionChanged,
    WorkflowVersionKept,
    SatisfactionInvited,
    SatisfactionGiven,
}

/// <summary>One thing that happened to a case; never changed after it was written.</summary>
internal sealed class TimelineEntry
{
    /// <summary>Kinds whose details are what people wrote or where mail went — erased at anonymisation, unlike codes and dates.</summary>
    public static readonly IReadOnlySet<TimelineKind> FreeText = new HashSet<TimelineKind>
    {
        TimelineKind.Acknowledged, TimelineKind.AcknowledgementMailed, TimelineKind.InternalNote, TimelineKind.Communication,
        TimelineKind.AttachmentAdded, TimelineKind.TermExtended, TimelineKind.LetterMailed, TimelineKind.LetterByPost, TimelineKind.ReviewRequested,
        TimelineKind.ResponseApproved, TimelineKind.ReturnedForRework, TimelineKind.TermSetByHand, TimelineKind.LetterPdfFailed,
        TimelineKind.InformationRequested, TimelineKind.InformationReceived, TimelineKind.SatisfactionInvited, TimelineKind.SatisfactionGiven,
    };

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
