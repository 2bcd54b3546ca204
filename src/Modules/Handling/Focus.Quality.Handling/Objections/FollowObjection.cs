using System.Globalization;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Objections;

/// <summary>
/// Shows the objection part of the story on the case: the steps the Objections module reports go on the case's
/// timeline, an objection keeps the case from closing when the objection term passes, and its end closes the case.
/// </summary>
internal sealed class FollowObjection(HandlingDbContext db, CaseWorkflow workflow) :
    IIntegrationEventHandler<ObjectionRegistered>,
    IIntegrationEventHandler<LateObjectionAdmitted>,
    IIntegrationEventHandler<HearingScheduled>,
    IIntegrationEventHandler<HearingHeld>,
    IIntegrationEventHandler<HearingWaived>,
    IIntegrationEventHandler<ObjectionConcluded>
{
    public Task HandleAsync(ObjectionRegistered e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.ObjectionRegistered, e.OccurredAt, e.RegisteredBy, $"{Date(e.ReceivedOn)}|{e.LateAdvised}", cancellationToken);

    public Task HandleAsync(LateObjectionAdmitted e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.LateObjectionAdmitted, e.OccurredAt, null, e.Reason, cancellationToken);

    public Task HandleAsync(HearingScheduled e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.HearingScheduled, e.OccurredAt, null, $"{e.Form}|{e.HearingAt:O}|{e.EmployeeInvited}", cancellationToken);

    public Task HandleAsync(HearingHeld e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.HearingHeld, e.OccurredAt, null, Date(e.HeldOn), cancellationToken);

    public Task HandleAsync(HearingWaived e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.HearingWaived, e.OccurredAt, null, Date(e.DecisionDue), cancellationToken);

    public Task HandleAsync(ObjectionConcluded e, CancellationToken cancellationToken) =>
        RecordAsync(e.Reference, TimelineKind.ObjectionConcluded, e.OccurredAt, null, $"{e.Outcome}|{Date(e.ConcludedOn)}", cancellationToken);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task RecordAsync(string reference, TimelineKind kind, DateTimeOffset at, string? actor, string details, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken)
            ?? throw new InvalidOperationException($"Objection step {kind} arrived for {reference}, which Handling does not know (yet); the dispatcher retries.");
        @case.RecordObjectionStep(kind, at, actor, details);
        if (kind is TimelineKind.ObjectionRegistered or TimelineKind.ObjectionConcluded)
        {
            await workflow.FollowAsync(@case, kind == TimelineKind.ObjectionRegistered ? WorkflowActions.RegisterObjection : WorkflowActions.ConcludeObjection, cancellationToken);
        }
    }
}
