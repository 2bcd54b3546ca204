using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Reporting.ReadModel;

/// <summary>How a complaint ended in Handling: the judgement of the written response, or "not handled".</summary>
internal enum CaseOutcome
{
    Founded,
    PartlyFounded,
    Unfounded,
    NotHandled,
}

/// <summary>One complaint or signal as the reports see it, built only from integration events.</summary>
internal sealed class ComplaintFact
{
    public Guid Id { get; init; }

    /// <summary>Null for a signal: signals have no reference and no terms, but they count in the reports.</summary>
    public string? Reference { get; init; }

    public bool IsSignal { get; init; }

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The Amsterdam date of receipt: what periods, months and lead times count in.</summary>
    public DateOnly ReceivedOn { get; init; }

    public string? Handler { get; set; }

    public DateOnly? AcknowledgementDue { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateOnly? AcknowledgedOn { get; set; }

    public bool? AcknowledgedOnTime { get; set; }

    public DateOnly? ResponseDue { get; set; }

    /// <summary>Set when the response term was extended: the due date the rules first gave.</summary>
    public DateOnly? ResponseDueOriginal { get; set; }

    /// <summary>The days the response term stood still while Focus waited for the complainant, already in <see cref="ResponseDue"/>.</summary>
    public int ResponsePausedDays { get; set; }

    /// <summary>Since when the response term stands still waiting for the complainant; null while it runs.</summary>
    public DateOnly? PausedSince { get; set; }

    /// <summary>The last day the quality officer's rule allows the current pause; null when not paused or the rules set no limit.</summary>
    public DateOnly? PauseLimitDue { get; set; }

    /// <summary>
    /// When the last pause or resume that reached the fact happened: one that happened earlier and arrives later (a
    /// retried delivery) changes nothing. Null when the response term was never paused.
    /// </summary>
    public DateTimeOffset? PauseChangedAt { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public bool? RespondedOnTime { get; set; }

    public CaseOutcome? Outcome { get; set; }

    public string? NotHandledReason { get; set; }

    /// <summary>The solution proposed in the written response: the "measures taken" of the annual report.</summary>
    public string? Measures { get; set; }

    public DateOnly? ObjectionReceivedOn { get; set; }

    public ObjectionOutcome? ObjectionOutcome { get; set; }

    public DateOnly? ObjectionConcludedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The kind of the workflow state the case is in now; null until Handling has opened the case.</summary>
    public WorkflowStateCategory? StateCategory { get; set; }

    /// <summary>The hearing invitation term of the objection and the day the invitation (or the waiver) ended it.</summary>
    public DateOnly? InvitationDue { get; set; }

    public bool? InvitedOnTime { get; set; }

    /// <summary>Whether the complaint names an employee, as it stood when the hearing was planned; then they are to be heard too.</summary>
    public bool? EmployeeNamed { get; set; }

    public bool? EmployeeInvited { get; set; }

    /// <summary>The hearing was held: its written report is recorded with it.</summary>
    public DateOnly? HearingHeldOn { get; set; }

    public DateOnly? HearingWaivedOn { get; set; }

    public DateOnly? DecisionDue { get; set; }

    public bool? DecisionOnTime { get; set; }

    /// <summary>The complainant's score 1–5 after closing, when they answered the satisfaction question.</summary>
    public int? SatisfactionScore { get; set; }

    /// <summary>Their answer to "is uw klacht naar tevredenheid opgelost?".</summary>
    public bool? SatisfactionResolved { get; set; }

    /// <summary>The response term stands still from <paramref name="on"/>, unless a later resume has already been projected.</summary>
    public void Paused(DateTimeOffset at, DateOnly on, DateOnly? limitDue)
    {
        if (PauseChangedAt >= at)
        {
            return;
        }

        (PausedSince, PauseLimitDue, PauseChangedAt) = (on, limitDue, at);
    }

    /// <summary>The response term runs again, unless a later pause has already been projected.</summary>
    public void Resumed(DateTimeOffset at)
    {
        if (PauseChangedAt >= at)
        {
            return;
        }

        (PausedSince, PauseLimitDue, PauseChangedAt) = (null, null, at);
    }

    /// <summary>The response or "not handled" letter went out: both stop the response clock.</summary>
    public void LetterSent(DateOnly letterDate, DateOnly responseDue, bool onTime)
    {
        RespondedOn = letterDate;
        ResponseDue = responseDue;
        RespondedOnTime = onTime;
    }
}
