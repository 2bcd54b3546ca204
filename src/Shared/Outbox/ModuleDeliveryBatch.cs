using System.Diagnostics;
using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Delivers a batch of events to the handlers of one module in one transaction on that module's database: one commit
/// for the batch instead of one per event and handler, which is what lets delivery keep up with intake. The inbox is
/// read once for the whole batch. Consecutive deliveries to batchable handlers (<see cref="Events.IBatchableEventHandler"/>)
/// share one save; every other delivery saves on its own. Each save runs behind a savepoint, so a failing handler is
/// undone alone and comes back later while the rest of the batch commits: when a shared save fails, its deliveries run
/// again one by one to find the one that fails. The inbox rows of all deliveries that succeeded are written together
/// just before the commit (<see cref="InboxRows"/>).
/// </summary>
internal static class ModuleDeliveryBatch
{
    private const string Savepoint = "delivery";

    public static async Task<IReadOnlyList<DeliveryFailure>> DeliverAsync(
        IServiceScopeFactory scopes, WriteTurns turns, Type contextType, IReadOnlyList<Delivery> deliveries, DateTime nowUtc, ILogger logger, CancellationToken cancellationToken)
    {
        using var activity = OutboxTelemetry.Source.StartActivity($"deliver to {contextType.Name}", ActivityKind.Consumer);
        activity?.SetTag("focus.outbox.deliveries", deliveries.Count);
        var failures = new List<DeliveryFailure>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            using var turn = await turns.TakeAsync(db, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var run = new Run(scope.ServiceProvider, db, transaction, failures, logger);
            foreach (var group in Groups(await UnhandledAsync(db, deliveries, cancellationToken)))
            {
                if (!await run.SaveTogetherAsync(group, cancellationToken) && group.Count > 1)
                {
                    foreach (var delivery in group)
                    {
                        await run.SaveTogetherAsync([delivery], cancellationToken);
                    }
                }
            }

            await InboxRows.InsertAsync(db, run.Handled, nowUtc, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return failures;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "A batch of {Count} deliveries to {Module} could not be committed", deliveries.Count, contextType.Name);
            activity?.SetStatus(ActivityStatusCode.Error);
            return [.. deliveries.Select(d => new DeliveryFailure(d.Message.Id, $"{d.Invoker.HandlerName}: {ex.Message}"))];
        }
    }

    /// <summary>The deliveries whose handler has not handled the event yet, by one look at the inbox for the whole batch.</summary>
    private static async Task<List<Delivery>> UnhandledAsync(ModuleDbContext db, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var eventIds = deliveries.Select(d => d.Event.EventId).Distinct().ToList();
        var handled = (await db.InboxMessages.AsNoTracking()
                .Where(m => eventIds.Contains(m.EventId))
                .Select(m => new { m.EventId, m.Handler })
                .ToListAsync(cancellationToken))
            .Select(m => (m.EventId, m.Handler))
            .ToHashSet();
        return [.. deliveries.Where(d => !handled.Contains((d.Event.EventId, d.Invoker.HandlerName)))];
    }

    /// <summary>Runs of consecutive batchable deliveries, and every other delivery alone, in the order of the batch.</summary>
    private static IEnumerable<IReadOnlyList<Delivery>> Groups(IReadOnlyList<Delivery> deliveries)
    {
        var run = new List<Delivery>();
        foreach (var delivery in deliveries)
        {
            if (((IInboxEventHandlerInvoker)delivery.Invoker).Batchable)
            {
                run.Add(delivery);
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }

            yield return [delivery];
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private sealed class Run(IServiceProvider scope, ModuleDbContext db, IDbContextTransaction transaction, List<DeliveryFailure> failures, ILogger logger)
    {
        /// <summary>The deliveries whose changes were saved, for the inbox.</summary>
        public List<Delivery> Handled { get; } = [];

        /// <summary>
        /// Runs the handlers of <paramref name="group"/> and saves their changes at once behind a savepoint; on failure
        /// undoes them all and returns false, having recorded the failure when the group was a single delivery.
        /// </summary>
        public async Task<bool> SaveTogetherAsync(IReadOnlyList<Delivery> group, CancellationToken cancellationToken)
        {
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            var current = group[0];
            try
            {
                foreach (var delivery in group)
                {
                    current = delivery;
                    await ((IInboxEventHandlerInvoker)delivery.Invoker).HandleWithinAsync(scope, delivery.Event, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
                Handled.AddRange(group);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (group.Count == 1)
                {
                    failures.Add(DeliveryFailure.Logged(current, ex, logger));
                }

                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                return false;
            }
            finally
            {
                // What a failed handler left tracked must not be saved by the next one; what the others saved is in the
                // database. Clearing also keeps each save from scanning every entity of the batch so far.
                db.ChangeTracker.Clear();
            }
        }
    }
}
