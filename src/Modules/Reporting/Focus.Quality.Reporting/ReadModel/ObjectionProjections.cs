using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.ReadModel;

internal sealed class ObjectionRegisteredProjection(ReportingDbContext db) : FactUpdate<ObjectionRegistered>(db)
{
    protected override string ReferenceOf(ObjectionRegistered e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ObjectionRegistered e)
    {
        fact.ObjectionReceivedOn = e.ReceivedOn;
        fact.InvitationDue = e.InvitationDue;
    }
}

internal sealed class HearingScheduledProjection(ReportingDbContext db, IComplaintDirectory complaints) : IIntegrationEventHandler<HearingScheduled>
{
    public async Task HandleAsync(HearingScheduled e, CancellationToken cancellationToken)
    {
        var fact = await db.Facts.SingleOrDefaultAsync(f => f.Reference == e.Reference, cancellationToken)
            ?? throw new InvalidOperationException($"No complaint fact for {e.Reference} yet; the registration event has not been projected.");
        fact.InvitationDue = e.InvitationDue;
        fact.InvitedOnTime = e.InvitedOnTime;
        fact.EmployeeInvited = e.EmployeeInvited;
        // Read now: after the retention period the complaint no longer names anyone.
        fact.EmployeeNamed = !string.IsNullOrWhiteSpace((await complaints.FindAsync(e.Reference, cancellationToken))?.EmployeeConcerned);
    }
}

internal sealed class HearingHeldProjection(ReportingDbContext db) : FactUpdate<HearingHeld>(db)
{
    protected override string ReferenceOf(HearingHeld e) => e.Reference;

    protected override void Apply(ComplaintFact fact, HearingHeld e) => fact.HearingHeldOn = e.HeldOn;
}

internal sealed class HearingWaivedProjection(ReportingDbContext db) : FactUpdate<HearingWaived>(db)
{
    protected override string ReferenceOf(HearingWaived e) => e.Reference;

    protected override void Apply(ComplaintFact fact, HearingWaived e)
    {
        fact.HearingWaivedOn = e.WaivedOn;
        fact.DecisionDue = e.DecisionDue;
        // Waived before an invitation: the invitation term ended with the waiver.
        fact.InvitedOnTime ??= fact.InvitationDue is not { } due || e.WaivedOn <= due;
    }
}

internal sealed class ObjectionConcludedProjection(ReportingDbContext db) : FactUpdate<ObjectionConcluded>(db)
{
    protected override string ReferenceOf(ObjectionConcluded e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ObjectionConcluded e)
    {
        fact.ObjectionOutcome = e.Outcome;
        fact.ObjectionConcludedOn = e.ConcludedOn;
        fact.ClosedOn = e.ConcludedOn;
        fact.DecisionDue ??= e.DecisionDue;
        fact.DecisionOnTime = e.DecisionOnTime;
    }
}
