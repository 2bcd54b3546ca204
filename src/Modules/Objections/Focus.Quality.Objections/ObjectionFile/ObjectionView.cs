using Focus.Quality.Objections.Domain;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Objections.ObjectionFile;

/// <param name="NotApplicable">The hearing was waived before anyone was invited: the invitation term closed without being met.</param>
internal sealed record ObjectionTermView(
    string Code, string RuleName, DateOnly StartDate, DateOnly DueDate, TermUnit Unit, int Count, IReadOnlyList<SkippedDay> SkippedDays, string RulesVersion,
    DateOnly? CompletedOn, bool? Met, int DaysLeft, bool NotApplicable);

internal sealed record ObjectionDocumentView(Guid Id, ObjectionDocumentKind Kind, string FileName, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>A sent letter the director can register an objection against, with whom it was sent to.</summary>
internal sealed record OpenLetter(string Reference, string? ComplainantName);

internal sealed record ObjectionEntryView(DateTimeOffset At, ObjectionStep Step, string? Actor, string? Details);

/// <summary>Everything the director's objection page and the API show of one objection.</summary>
internal sealed record ObjectionView(
    string Reference,
    string? ComplainantName,
    string? EmployeeConcerned,
    ObjectionStatus Status,
    LetterKind Against,
    DateOnly LetterDate,
    DateOnly ObjectionDue,
    DateOnly ReceivedOn,
    ReceivedVia Via,
    string Grounds,
    ObjectionAdvice? LateAdvice,
    LateDecision? Late,
    Domain.Hearing? Hearing,
    HearingReport? Report,
    Waiver? Waiver,
    Settlement? Settlement,
    Decision? Decision,
    IReadOnlyList<ObjectionTermView> Terms,
    IReadOnlyList<ObjectionDocumentView> Documents,
    IReadOnlyList<ObjectionEntryView> Timeline);

internal sealed record ObjectionListItem(string Reference, ObjectionStatus Status, DateOnly ReceivedOn, DateOnly? NextDueDate, bool LateAdvised);
