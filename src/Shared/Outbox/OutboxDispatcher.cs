using System.Text.Json;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Delivers outbox messages of every module to every handler of their type. A message is marked processed only when all
/// handlers succeeded; a failing handler makes the message come back later with growing delay, and the inbox keeps the
/// handlers that already succeeded from running twice. Messages are claimed in batches first (a lease in the database),
/// so several app instances on one database share the work without delivering a message twice.
/// </summary>
/// <remarks>
/// Each module's outbox has a loop of its own, so one module's slow work (a letter's conversion to PDF/A, a mail server
/// that does not answer) holds back no other module's events. Events of different modules may therefore arrive out of
/// order (a case's opening in reports before its registration); a handler that needs the other first fails and its
/// event comes back after the retry delay. Within a batch the handlers of different modules run side by side, each
/// module in one transaction.
/// </remarks>
internal sealed class OutboxDispatcher(
    IEnumerable<IOutboxStore> stores,
    IEnumerable<IEventHandlerInvoker> invokers,
    IServiceScopeFactory scopes,
    WriteTurns turns,
    OutboxSignal signal,
    DeliveryBacklog backlog,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly ILookup<string, IEventHandlerInvoker> _handlersByType = invokers.ToLookup(i => i.EventType.FullName!);

    private readonly Dictionary<string, Type> _eventTypes = invokers
        .Select(i => i.EventType).Distinct().ToDictionary(t => t.FullName!);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DispatchEnabled)
        {
            await Task.WhenAll(stores.Select(store => ServeAsync(store, stoppingToken)));
        }
    }

    private async Task ServeAsync(IOutboxStore store, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wakeUp = signal.Next;
                var now = clock.GetUtcNow().UtcDateTime;
                var claimed = await store.ClaimDueAsync(now, options.Value.BatchSize, now + options.Value.Lease, stoppingToken);
                if (claimed.Count > 0)
                {
                    await DeliverClaimedAsync(store, claimed, stoppingToken);
                }
                else
                {
                    await SleepAsync(wakeUp, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch round of {Module} failed; retrying after the poll interval", store.Module);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Until a commit wakes the loop, or the poll interval passes (retries that became due).</summary>
    private async Task SleepAsync(Task wakeUp, CancellationToken stoppingToken)
    {
        try
        {
            await wakeUp.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
        catch (TimeoutException)
        {
        }
    }

    private async Task DeliverClaimedAsync(IOutboxStore store, IReadOnlyList<PendingMessage> claimed, CancellationToken cancellationToken)
    {
        var ids = claimed.Select(m => m.Id).ToList();
        try
        {
            var failures = (await DeliverAsync(claimed, cancellationToken)).ToLookup(f => f.MessageId, f => f.Error);
            var now = clock.GetUtcNow().UtcDateTime;
            await store.MarkProcessedAsync([.. ids.Where(id => !failures.Contains(id))], now, cancellationToken);
            foreach (var message in claimed.Where(m => failures.Contains(m.Id)))
            {
                await store.MarkFailedAsync(message.Id, string.Join(Environment.NewLine, failures[message.Id]), now + RetryDelay(message.Attempts), cancellationToken);
            }

            backlog.Recorded();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: hand the messages back so the next start (or another instance) need not wait for the lease.
            await store.ReleaseAsync(ids, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recording the outcome failed (a busy database under load): hand the messages back at once rather than
            // leaving them claimed until the lease runs out (minutes); handlers skip by their inbox what they already did.
            logger.LogWarning(ex, "The delivery of {Count} outbox messages of {Module} could not be recorded; they are handed back", ids.Count, store.Module);
            await store.ReleaseAsync(ids, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
    }

    private async Task<IEnumerable<DeliveryFailure>> DeliverAsync(IReadOnlyList<PendingMessage> claimed, CancellationToken cancellationToken)
    {
        var failures = new List<DeliveryFailure>();
        var deliveries = new List<Delivery>();
        foreach (var message in claimed)
        {
            // An event nobody in this process listens to has nothing to deliver and counts as processed.
            if (!_eventTypes.TryGetValue(message.Type, out var eventType))
            {
                continue;
            }

            try
            {
                var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, OutboxJson.Options)!;
                deliveries.AddRange(_handlersByType[message.Type].Select(invoker => new Delivery(message, integrationEvent, invoker)));
            }
            catch (JsonException ex)
            {
                failures.Add(new DeliveryFailure(message.Id, $"Unreadable {message.Type}: {ex.Message}"));
            }
        }

        var modules = deliveries
            .Where(d => d.Invoker is IInboxEventHandlerInvoker)
            .GroupBy(d => ((IInboxEventHandlerInvoker)d.Invoker).ContextType)
            // On a thread each: SQLite's "async" calls run synchronously, so without it the modules would take turns.
            .Select(module => Task.Run(() => ModuleDeliveryBatch.DeliverAsync(scopes, turns, module.Key, [.. module], clock.GetUtcNow().UtcDateTime, logger, cancellationToken), cancellationToken));
        var direct = DeliverDirectAsync([.. deliveries.Where(d => d.Invoker is IDirectEventHandlerInvoker)], cancellationToken);
        foreach (var outcome in await Task.WhenAll(modules.Append(direct)))
        {
            failures.AddRange(outcome);
        }

        return failures;
    }

    /// <summary>Effects outside every database (mail) go one by one: no transaction can undo them.</summary>
    private async Task<IReadOnlyList<DeliveryFailure>> DeliverDirectAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var failures = new List<DeliveryFailure>();
        foreach (var delivery in deliveries)
        {
            try
            {
                await ((IDirectEventHandlerInvoker)delivery.Invoker).InvokeAsync(delivery.Event, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(DeliveryFailure.Logged(delivery, ex, logger));
            }
        }

        return failures;
    }

    private TimeSpan RetryDelay(int previousAttempts)
    {
        var delay = options.Value.FirstRetryDelay * Math.Pow(2, Math.Min(previousAttempts, 16));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }
}
