using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Reporting.Sla;

/// <summary>Which complaints a report covers: received in [From, To], optionally one channel, category or handler.</summary>
internal sealed record SlaFilter(DateOnly From, DateOnly To, ComplaintChannel? Channel = null, ComplaintCategory? Category = null, string? Handler = null);

/// <summary>How many complaints and signals a report covers: each is one row of the data sheet.</summary>
internal sealed record SlaCount(int Complaints, int Signals)
{
    public int Rows => Complaints + Signals;
}

/// <summary>One complaint or signal as the SLA report reads it.</summary>
internal sealed record SlaRow(
    string? Reference,
    bool IsSignal,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    string? Handler,
    DateOnly ReceivedOn,
    DateOnly? AcknowledgementDue,
    DateOnly? AcknowledgedOn,
    bool? AcknowledgedOnTime,
    DateOnly? ResponseDue,
    DateOnly? ResponseDueOriginal,
    int ResponsePausedDays,
    DateOnly? RespondedOn,
    bool? RespondedOnTime,
    CaseOutcome? Outcome,
    string? NotHandledReason,
    DateOnly? ObjectionReceivedOn,
    ObjectionOutcome? ObjectionOutcome,
    DateOnly? ClosedOn,
    WorkflowStateCategory? StateCategory,
    int? SatisfactionScore = null,
    bool? SatisfactionResolved = null)
{
    /// <summary>Being handled by the kind of its workflow state; a complaint whose case is not opened yet is too.</summary>
    public bool IsOpen => !IsSignal && (StateCategory ?? WorkflowStateCategory.Open) == WorkflowStateCategory.Open;

    /// <summary>Waiting (for the objection term, the director or the complainant) by the kind of its workflow state.</summary>
    public bool IsWaiting => !IsSignal && StateCategory == WorkflowStateCategory.Waiting;

    /// <summary>Calendar days from receipt to the response or "not handled" letter.</summary>
    public int? LeadDays => RespondedOn is { } responded ? responded.DayNumber - ReceivedOn.DayNumber : null;

    /// <summary>Open with a term that has passed: the acknowledgement not sent, or no response yet.</summary>
    public bool IsOverdue(DateOnly today) =>
        IsOpen && ((AcknowledgedOn is null && AcknowledgementDue < today) || ResponseDue < today);
}
