using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>A registered complaint became a case with the terms the rules in force gave it (null where the workflow starts none).</summary>
public sealed record CaseOpened(
    Guid EventId, DateTimeOffset OccurredAt, string Reference, string? AssignedTo, DateOnly? AcknowledgementDue, DateOnly? ResponseDue) : IIntegrationEvent;

/// <summary>The case has a new handler.</summary>
public sealed record CaseAssigned(Guid EventId, DateTimeOffset OccurredAt, string Reference, string AssignedTo) : IIntegrationEvent;

/// <summary>The case closed because the complainant's objection term passed without an objection.</summary>
public sealed record CaseClosed(Guid EventId, DateTimeOffset OccurredAt, string Reference, DateOnly ClosedOn) : IIntegrationEvent;

/// <summary>
/// The retention period after closing passed: Handling removed the complainant's and employee's data from the case; every
/// module holding personal data of this complaint removes its own. Dates, terms and outcomes stay for the reports.
/// </summary>
public sealed record CaseAnonymised(Guid EventId, DateTimeOffset OccurredAt, string Reference) : IIntegrationEvent;

/// <summary>
/// The case entered a state of its workflow (also when it opened or moved to another version): the state's id and what
/// kind of state the quality officer declared it, which the reports count by.
/// </summary>
public sealed record CaseStateChanged(
    Guid EventId, DateTimeOffset OccurredAt, string Reference, int WorkflowVersion, string State, WorkflowStateCategory Category) : IIntegrationEvent;
