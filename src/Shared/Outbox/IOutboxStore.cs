namespace Focus.Quality.Shared.Outbox;

internal sealed record PendingMessage(Guid Id, string Type, string Payload, int Attempts, DateTime NextAttemptAtUtc);

internal sealed record FailedMessage(Guid Id, string Type, string Payload, int Attempts, DateTime OccurredAtUtc, DateTime NextAttemptAtUtc, string? LastError);

/// <summary>The outbox table of one module.</summary>
internal interface IOutboxStore
{
    /// <summary>The module (schema) whose outbox this is.</summary>
    string Module { get; }

    Task<IReadOnlyList<PendingMessage>> FetchDueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the message for this instance until <paramref name="leaseUntilUtc"/>, only if no other instance took or
    /// changed it since it was fetched (its next attempt is still the one fetched): one atomic UPDATE, so of two
    /// instances that fetched the same message exactly one gets it.
    /// </summary>
    Task<bool> TryClaimAsync(PendingMessage message, DateTime leaseUntilUtc, CancellationToken cancellationToken);

    /// <summary>Gives a claimed message back at once (a graceful stop in the middle of a delivery).</summary>
    Task ReleaseAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken);

    Task MarkProcessedAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken);

    Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken);

    /// <summary>Messages that failed at least once and are still waiting for their next attempt, oldest first.</summary>
    Task<IReadOnlyList<FailedMessage>> FetchFailedAsync(int max, CancellationToken cancellationToken);

    /// <summary>Makes one undelivered message due now; false when it does not exist here or was delivered meanwhile.</summary>
    Task<bool> RetryNowAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Makes every event ever published due again; handlers that already handled one skip it by their inbox.</summary>
    Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken);
}
