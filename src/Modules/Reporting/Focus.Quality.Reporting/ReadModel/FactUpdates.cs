using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.ReadModel;

/// <summary>
/// An event that changes the fact of one complaint. Events of different modules may arrive in any order; when the
/// fact does not exist yet, failing makes the dispatcher retry until the registration has been projected. The fact is
/// found by a tracked query, so two events of one batch about one complaint change the same instance.
/// </summary>
internal abstract class FactUpdate<TEvent>(ReportingDbContext db) : IIntegrationEventHandler<TEvent>, IBatchableEventHandler
    where TEvent : IIntegrationEvent
{
    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var reference = ReferenceOf(integrationEvent);
        var fact = Tracked(reference)
            ?? await db.Facts.SingleOrDefaultAsync(f => f.Reference == reference, cancellationToken)
            ?? throw new InvalidOperationException($"No complaint fact for {reference} yet; the registration event has not been projected.");
        Apply(fact, integrationEvent);
    }

    protected abstract string ReferenceOf(TEvent integrationEvent);

    /// <summary>
    /// The fact an earlier event of the batch loaded already (a case's opening and its first state come together), found
    /// without scanning the tracked facts for changes: a fact's reference never changes.
    /// </summary>
    private ComplaintFact? Tracked(string reference)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Facts.Local.FirstOrDefault(f => f.Reference == reference);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    protected abstract void Apply(ComplaintFact fact, TEvent integrationEvent);
}
