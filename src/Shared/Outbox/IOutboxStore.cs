namespace Focus.Quality.Shared.Outbox;

internal sealed record PendingMessage(Guid Id, string Type, string Payload, int Attempts);

/// <summary>The outbox table of one module.</summary>
internal interface IOutboxStore
{
    Task<IReadOnlyList<PendingMessage>> FetchDueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken);

    Task MarkProcessedAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken);

    Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken);

    /// <summary>Makes every event ever published due again; handlers that already handled one skip it by their inbox.</summary>
    Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken);
}
