using Focus.Quality.Handling.Contracts;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.Privacy;

/// <summary>Erases the objection to an anonymised case, its letters and uploads included.</summary>
internal sealed class AnonymiseObjection(ObjectionsDbContext db, IDocumentStore documents) : IIntegrationEventHandler<CaseAnonymised>
{
    public async Task HandleAsync(CaseAnonymised integrationEvent, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.Include(o => o.Documents).Include(o => o.Timeline)
            .SingleOrDefaultAsync(o => o.Reference == integrationEvent.Reference, cancellationToken);
        if (objection is null)
        {
            return;
        }

        // Files first: a failure here leaves the event to be retried, never files without a record pointing to them.
        foreach (var document in objection.Documents)
        {
            await documents.DeleteAsync(document.DocumentKey, cancellationToken);
        }

        db.EraseFreeText(objection);
        objection.Anonymise("Bewaartermijn na sluiten van de zaak verstreken", integrationEvent.OccurredAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}
