using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Keeps intake from running ahead of event delivery. A registration costs delivery about three times the work it costs
/// intake, so under a flood of submissions intake took the CPU and cases reached the worklist ever later (tens of
/// thousands of events behind after a minute). Intake asks for room before it stores the next registrations and waits
/// while more than <see cref="OutboxOptions.MaxBacklog"/> events of all modules are waiting for their first delivery:
/// the worklist then trails intake by about a second of delivery at most. Events that failed and wait for a retry do not
/// count, and no caller waits longer than <see cref="OutboxOptions.MaxBacklogWait"/>, so a broken handler slows intake
/// down but never stops it.
/// </summary>
public sealed class DeliveryBacklog
{
    private readonly IReadOnlyList<IOutboxStore> _stores;
    private readonly OutboxOptions _options;
    private readonly OutboxSignal _recorded = new();

    internal DeliveryBacklog(IEnumerable<IOutboxStore> stores, IOptions<OutboxOptions> options) => (_stores, _options) = ([.. stores], options.Value);

    /// <summary>Returns once the backlog is within bounds, or after the longest wait allowed.</summary>
    public async Task WaitForRoomAsync(CancellationToken cancellationToken)
    {
        var recorded = _recorded.Next;
        if (!_options.DispatchEnabled || !await IsFullAsync(cancellationToken))
        {
            return;
        }

        OutboxTelemetry.BacklogWaits.Add(1);
        var start = Stopwatch.GetTimestamp();
        try
        {
            do
            {
                var left = _options.MaxBacklogWait - Stopwatch.GetElapsedTime(start);
                if (left <= TimeSpan.Zero)
                {
                    return;
                }

                try
                {
                    await recorded.WaitAsync(left, cancellationToken);
                }
                catch (TimeoutException)
                {
                    return;
                }

                recorded = _recorded.Next;
            }
            while (await IsFullAsync(cancellationToken));
        }
        finally
        {
            OutboxTelemetry.BacklogWait.Record(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
    }

    /// <summary>Called by the dispatcher whenever it has recorded how a batch went (delivered, or failed for a retry).</summary>
    internal void Recorded() => _recorded.Notify();

    private async Task<bool> IsFullAsync(CancellationToken cancellationToken)
    {
        var room = _options.MaxBacklog;
        foreach (var store in _stores)
        {
            room -= await store.CountWaitingAsync(room + 1, cancellationToken);
            if (room < 0)
            {
                return true;
            }
        }

        return false;
    }
}
