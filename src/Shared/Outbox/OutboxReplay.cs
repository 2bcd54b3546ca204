namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Delivers the whole event history again, oldest first per module. The outbox keeps every event it delivered, and every
/// handler records what it handled in its inbox, so only a handler whose inbox was emptied (a read model being rebuilt)
/// acts on the replay.
/// </summary>
public sealed class OutboxReplay
{
    private readonly IEnumerable<IOutboxStore> _stores;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _clock;

    internal OutboxReplay(IEnumerable<IOutboxStore> stores, OutboxSignal signal, TimeProvider clock) => (_stores, _signal, _clock) = (stores, signal, clock);

    /// <returns>How many events will be delivered again.</returns>
    public async Task<int> ReplayAllAsync(CancellationToken cancellationToken)
    {
        var replayed = 0;
        foreach (var store in _stores)
        {
            replayed += await store.ReplayAllAsync(_clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        _signal.Notify();
        return replayed;
    }
}
