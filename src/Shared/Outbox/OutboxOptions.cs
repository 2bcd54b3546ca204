namespace Focus.Quality.Shared.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off only in tests that simulate a crash between commit and dispatch.</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for work when nobody signalled new events (e.g. retries that became due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 200;

    /// <summary>How many events of all modules may wait for their first delivery before intake waits (<see cref="DeliveryBacklog"/>).</summary>
    public int MaxBacklog { get; set; } = 1000;

    /// <summary>The longest intake waits for room in the backlog before it stores a registration all the same.</summary>
    public TimeSpan MaxBacklogWait { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an instance that took a message keeps it from the others. Longer than any delivery may take (a mail
    /// server's time-out); after a crash the message is delivered again once it has passed.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}
