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
        var fact = await db.Facts.SingleOrDefaultAsync(f => f.Reference == reference, cancellationToken)
            ?? throw new InvalidOperationException($"No complaint fact for {reference} yet; the registration event has not been projected.");
        Apply(fact, integrationEvent);
    }

    protected abstract string ReferenceOf(TEvent integrationEvent);

    protected abstract void Apply(ComplaintFact fact, TEvent integrationEvent);
}
