namespace Focus.Quality.Shared.Outbox;

/// <summary>An integration event waiting to be (or already) delivered; written in the same transaction as the change it reports.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
