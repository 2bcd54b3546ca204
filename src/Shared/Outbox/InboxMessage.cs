namespace Focus.Quality.Shared.Outbox;

/// <summary>Records that one handler has handled one event, so a redelivery changes nothing.</summary>
internal sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTime HandledAtUtc { get; init; }
}
