using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Wakes the dispatcher when new events become visible to it: on the commit of an explicit transaction, or after a
/// save outside one. Waking it on a save inside a transaction found nothing yet, and the event then waited for the
/// next poll (a second).
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyUnlessInTransaction(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyUnlessInTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Notify(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify(eventData);
        return Task.CompletedTask;
    }

    private void NotifyUnlessInTransaction(DbContextEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Notify(eventData);
        }
    }

    private void Notify(DbContextEventData eventData)
    {
        if (eventData.Context is ModuleDbContext)
        {
            signal.Notify();
        }
    }
}
