using System.Diagnostics;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Delivers a batch of events to the handlers of one module in one transaction on that module's database: one commit
/// for the batch instead of one per event and handler, which is what lets delivery keep up with intake. Each handler
/// runs behind a savepoint, so a failing one is undone alone and comes back later while the rest of the batch commits.
/// </summary>
internal static class ModuleDeliveryBatch
{
    private const string Savepoint = "delivery";

    public static async Task<IReadOnlyList<DeliveryFailure>> DeliverAsync(
        IServiceScopeFactory scopes, WriteTurns turns, Type contextType, IReadOnlyList<Delivery> deliveries, ILogger logger, CancellationToken cancellationToken)
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
            foreach (var delivery in deliveries)
            {
                await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
                try
                {
                    await ((IInboxEventHandlerInvoker)delivery.Invoker).InvokeWithinAsync(scope.ServiceProvider, delivery.Event, cancellationToken);
                    await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add(DeliveryFailure.Logged(delivery, ex, logger));
                    await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                }

                // What a failed handler left tracked must not be saved by the next one; what the others saved is in the
                // database. Clearing also keeps each save from scanning every entity of the batch so far.
                db.ChangeTracker.Clear();
            }

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
}
