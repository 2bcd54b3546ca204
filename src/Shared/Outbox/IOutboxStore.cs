namespace Focus.Quality.Shared.Outbox;

internal sealed record PendingMessage(Guid Id, string Type, string Payload, int Attempts, DateTime NextAttemptAtUtc);

internal sealed record FailedMessage(Guid Id, string Type, string Payload, int Attempts, DateTime OccurredAtUtc, DateTime NextAttemptAtUtc, string? LastError);

/// <summary>The outbox table of one module.</summary>
internal interface IOutboxStore
{
    /// <summary>The module (schema) whose outbox this is.</summary>
    string Module { get; }

    /// <summary>
    /// Takes up to <paramref name="max"/> due messages, oldest first, for this instance until
    /// <paramref name="leaseUntilUtc"/>. A message another instance took in between is left out: of two instances that
    /// see the same due message exactly one gets it.
    /// </summary>
    Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(DateTime nowUtc, int max, DateTime leaseUntilUtc, CancellationToken cancellationToken);

    /// <summary>Gives claimed messages back at once (a graceful stop, or an outcome that could not be recorded).</summary>
    Task ReleaseAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>How many messages wait for their first delivery, counted up to <paramref name="max"/>.</summary>
    Task<int> CountWaitingAsync(int max, CancellationToken cancellationToken);

    Task MarkProcessedAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken);

    Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken);

    /// <summary>Messages that failed at least once and are still waiting for their next attempt, oldest first.</summary>
    Task<IReadOnlyList<FailedMessage>> FetchFailedAsync(int max, CancellationToken cancellationToken);

    /// <summary>Makes one undelivered message due now; false when it does not exist here or was delivered meanwhile.</summary>
    Task<bool> RetryNowAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Makes every event ever published due again; handlers that already handled one skip it by their inbox.</summary>
    Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken);
}
