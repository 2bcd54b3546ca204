using System.Diagnostics;
using System.Text.Json;
using Focus.Quality.Shared.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Delivers outbox messages of every module to every handler of their type. A message is marked processed only when all
/// handlers succeeded; a failing handler makes the message come back later with growing delay, and the inbox keeps the
/// handlers that already succeeded from running twice. Each message is claimed first (a lease in the database), so
/// several app instances on one database share the work without delivering a message twice.
/// </summary>
internal sealed class OutboxDispatcher(
    IEnumerable<IOutboxStore> stores,
    IEnumerable<IEventHandlerInvoker> invokers,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly ActivitySource Activity = new("Focus.Quality.Outbox");

    private readonly ILookup<string, IEventHandlerInvoker> _handlersByType = invokers.ToLookup(i => i.EventType.FullName!);

    private readonly Dictionary<string, Type> _eventTypes = invokers
        .Select(i => i.EventType).Distinct().ToDictionary(t => t.FullName!);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchDueAsync(stoppingToken);
                if (delivered == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch round failed; retrying after the poll interval");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var store in stores)
        {
            var due = await store.FetchDueAsync(clock.GetUtcNow().UtcDateTime, options.Value.BatchSize, cancellationToken);
            foreach (var message in due)
            {
                if (await store.TryClaimAsync(message, clock.GetUtcNow().UtcDateTime + options.Value.Lease, cancellationToken))
                {
                    await DeliverClaimedAsync(store, message, cancellationToken);
                    handled++;
                }
            }
        }

        return handled;
    }

    private async Task DeliverClaimedAsync(IOutboxStore store, PendingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(store, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: hand the message back so the next start (or another instance) need not wait for the lease.
            await store.ReleaseAsync(message.Id, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recording the outcome failed (a busy database under load): hand the message back at once rather than
            // leaving it claimed until the lease runs out (minutes); handlers skip by their inbox what they already did.
            logger.LogWarning(ex, "The delivery of outbox message {MessageId} could not be recorded; it is handed back", message.Id);
            await store.ReleaseAsync(message.Id, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
    }

    private async Task DeliverAsync(IOutboxStore store, PendingMessage message, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity($"deliver {message.Type}", ActivityKind.Consumer);
        if (!_eventTypes.TryGetValue(message.Type, out var eventType))
        {
            // Nobody in this process listens to the event; there is nothing to deliver.
            await store.MarkProcessedAsync(message.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
            return;
        }

        var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, OutboxJson.Options)!;
        var failures = new List<string>();
        foreach (var invoker in _handlersByType[message.Type])
        {
            try
            {
                await invoker.InvokeAsync(integrationEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Handler {Handler} failed on event {EventId} (attempt {Attempt})", invoker.HandlerName, message.Id, message.Attempts + 1);
                failures.Add($"{invoker.HandlerName}: {ex.Message}");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (failures.Count == 0)
        {
            await store.MarkProcessedAsync(message.Id, now, cancellationToken);
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error);
        await store.MarkFailedAsync(message.Id, string.Join(Environment.NewLine, failures), now + RetryDelay(message.Attempts), cancellationToken);
    }

    private TimeSpan RetryDelay(int previousAttempts)
    {
        var delay = options.Value.FirstRetryDelay * Math.Pow(2, Math.Min(previousAttempts, 16));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }
}
