using System.Diagnostics;
using Focus.Quality.Shared.Outbox;
using Microsoft.Extensions.Options;

namespace Focus.Quality.UnitTests.Outbox;

public sealed class DeliveryBacklogTests
{
    private static readonly TimeSpan LongEnough = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_backlog_at_its_bound_lets_intake_go_on_at_once()
    {
        var backlog = Backlog(maxBacklog: 10, LongEnough, new Store(6), new Store(4));

        var wait = backlog.WaitForRoomAsync(CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task Intake_waits_while_the_modules_together_are_over_the_bound_until_a_recorded_batch_brings_them_back()
    {
        var handling = new Store(6);
        var backlog = Backlog(maxBacklog: 10, LongEnough, new Store(5), handling);

        var wait = backlog.WaitForRoomAsync(CancellationToken.None);
        Assert.False(wait.IsCompleted);

        handling.Waiting = 5;
        backlog.Recorded();

        await wait.WaitAsync(LongEnough);
    }

    [Fact]
    public async Task Intake_waits_no_longer_than_the_longest_wait_when_delivery_does_not_catch_up()
    {
        var longest = TimeSpan.FromMilliseconds(200);
        var backlog = Backlog(maxBacklog: 10, longest, new Store(50));
        var clock = Stopwatch.StartNew();

        await backlog.WaitForRoomAsync(CancellationToken.None).WaitAsync(LongEnough);

        Assert.InRange(clock.Elapsed, longest - TimeSpan.FromMilliseconds(20), LongEnough);
    }

    [Fact]
    public async Task Without_delivery_in_this_instance_intake_never_waits()
    {
        var backlog = new DeliveryBacklog(
            [new Store(50)], Options.Create(new OutboxOptions { DispatchEnabled = false, MaxBacklog = 10, MaxBacklogWait = LongEnough }));

        var wait = backlog.WaitForRoomAsync(CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    private static DeliveryBacklog Backlog(int maxBacklog, TimeSpan longestWait, params Store[] stores) =>
        new(stores, Options.Create(new OutboxOptions { MaxBacklog = maxBacklog, MaxBacklogWait = longestWait }));

    /// <summary>An outbox that only knows how many of its messages wait.</summary>
    private sealed class Store(int waiting) : IOutboxStore
    {
        public int Waiting { get; set; } = waiting;

        public string Module => "test";

        public Task<int> CountWaitingAsync(int max, CancellationToken cancellationToken) => Task.FromResult(Math.Min(Waiting, max));

        public Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(DateTime nowUtc, int max, DateTime leaseUntilUtc, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ReleaseAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkProcessedAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FailedMessage>> FetchFailedAsync(int max, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> RetryNowAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
