using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Persistence;

namespace Focus.Quality.Reporting.ReadModel;

internal sealed class ObjectionRegisteredProjection(ReportingDbContext db) : FactUpdate<ObjectionRegistered>(db)
{
    protected override string ReferenceOf(ObjectionRegistered e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ObjectionRegistered e) => fact.ObjectionReceivedOn = e.ReceivedOn;
}

internal sealed class ObjectionConcludedProjection(ReportingDbContext db) : FactUpdate<ObjectionConcluded>(db)
{
    protected override string ReferenceOf(ObjectionConcluded e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ObjectionConcluded e)
    {
        fact.ObjectionOutcome = e.Outcome;
        fact.ObjectionConcludedOn = e.ConcludedOn;
        fact.ClosedOn = e.ConcludedOn;
    }
}
