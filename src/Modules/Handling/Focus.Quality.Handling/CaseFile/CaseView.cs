using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.CaseFile;

internal sealed record TermView(
    string Code,
    string RuleName,
    DateOnly StartDate,
    DateOnly DueDate,
    TermUnit Unit,
    int Count,
    bool RunsToNextWorkingDay,
    ExtensionDays ExtendsWhenEndingOn,
    IReadOnlyList<SkippedDay> SkippedDays,
    string RulesVersion,
    DateOnly? CompletedOn,
    int DaysLeft,
    TermState State,
    TermOwner Owner,
    DateOnly? OriginalDueDate,
    string? ExtensionReason,
    bool CanBeExtended,
    string? RuleFailure,
    DateOnly? PausedOn,
    int PausedDays);

internal sealed record TimelineView(DateTimeOffset At, string Kind, string? Actor, string? Details);

internal sealed record AcknowledgementView(AcknowledgementMethod Method, DateTimeOffset At, string By, string? Note);

internal sealed record ResponseView(Judgement Judgement, string Summary, string Solution, DateOnly LetterDate, string By);

internal sealed record NotHandledView(
    NotHandledReason Reason, string? AdvisingRule, string? RulesVersion, string? OverrideReason, string Motivation, DateOnly LetterDate, string By);

internal sealed record DocumentView(Guid Id, string Kind, string FileName, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>The case in its workflow version: where it is, what this user may do now, and the path so far (state ids).</summary>
internal sealed record WorkflowView(int Version, string State, string StateLabel, IReadOnlyList<string> Permitted, IReadOnlyList<string> Path, string DefinitionJson)
{
    public bool Permits(string action) => Permitted.Contains(action);
}

/// <param name="Status">The case's state in its workflow (the state's id); <see cref="WorkflowView.StateLabel"/> names it.</param>
/// <param name="Category">What that state means: Open (being handled), Waiting or Closed.</param>
internal sealed record CaseView(
    string Reference,
    string Status,
    string Category,
    string? AssignedTo,
    DateTimeOffset ReceivedAt,
    AcknowledgementView? Acknowledgement,
    ResponseView? Response,
    NotHandledView? NotHandled,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<TermView> Terms,
    IReadOnlyList<TimelineView> Timeline,
    ComplaintDetails? Complaint,
    WorkflowView Workflow);
