using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.ReadModel;

/// <summary>
/// Rebuilds the read model from the event history: the facts and the record of handled events go, then every module's
/// outbox delivers its history again. Only Reporting's handlers act on it; the others find the events in their inbox.
/// </summary>
internal sealed class ReadModelRebuild(ReportingDbContext db, OutboxReplay replay)
{
    /// <returns>How many events are delivered again; the facts fill up as the dispatcher works through them.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Facts.ExecuteDeleteAsync(cancellationToken);
            await db.ForgetHandledEventsAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await replay.ReplayAllAsync(cancellationToken);
    }
}
