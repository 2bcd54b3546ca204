using Focus.Quality.Shared.Events;

namespace Focus.Quality.Objections.Contracts;

public enum HearingForm
{
    Phone,
    Office,
}

public enum ObjectionOutcome
{
    /// <summary>Both parties agreed to a settlement, recorded in writing.</summary>
    Settled,

    /// <summary>The director's definitive written decision (after a hearing, or after the hearing was waived).</summary>
    Decided,

    /// <summary>The director did not admit a late objection.</summary>
    NotAdmissible,
}

/// <summary>An objection to the director was registered for the case <see cref="Reference"/>.</summary>
public sealed record ObjectionRegistered(
    Guid EventId, DateTimeOffset OccurredAt, string Reference, DateOnly ReceivedOn, bool LateAdvised, DateOnly InvitationDue, string RegisteredBy) : IIntegrationEvent;

/// <summary>The complainant was invited to explain the objection orally; the employee concerned may be invited too.</summary>
public sealed record HearingScheduled(
    Guid EventId, DateTimeOffset OccurredAt, string Reference, DateTimeOffset HearingAt, HearingForm Form, bool EmployeeInvited, DateOnly InvitationDue,
    bool InvitedOnTime) : IIntegrationEvent;

/// <summary>The complainant confirmed on the status page that they will take part in the hearing at <paramref name="HearingAt"/>.</summary>
public sealed record HearingConfirmed(Guid EventId, DateTimeOffset OccurredAt, string Reference, DateTimeOffset HearingAt) : IIntegrationEvent;

/// <summary>The hearing took place and its written report is on the objection.</summary>
public sealed record HearingHeld(Guid EventId, DateTimeOffset OccurredAt, string Reference, DateOnly HeldOn, bool SettlementProposed) : IIntegrationEvent;

/// <summary>The complainant waived the hearing (or did not come); the definitive decision is due.</summary>
public sealed record HearingWaived(Guid EventId, DateTimeOffset OccurredAt, string Reference, DateOnly WaivedOn, DateOnly DecisionDue) : IIntegrationEvent;

/// <summary>The objection ended: settled, decided, or not admitted; <see cref="DecisionOnTime"/> is set when a decision term ran.</summary>
public sealed record ObjectionConcluded(
    Guid EventId, DateTimeOffset OccurredAt, string Reference, ObjectionOutcome Outcome, DateOnly ConcludedOn, DateOnly? DecisionDue, bool? DecisionOnTime)
    : IIntegrationEvent;

/// <summary>The director admitted an objection that came after its term, with a reason.</summary>
public sealed record LateObjectionAdmitted(Guid EventId, DateTimeOffset OccurredAt, string Reference, string Reason) : IIntegrationEvent;
