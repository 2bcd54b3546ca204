namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// A pulse that wakes whoever waits for it: every module's dispatch loop right after a commit, so events do not wait for
/// the next poll (the registered instance); intake waiting for room in the backlog when a batch's delivery was recorded.
/// </summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource _next = NewWakeUp();

    /// <summary>Completes at the next notification. Take it before looking for work, so a commit in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewWakeUp()).TrySetResult();

    private static TaskCompletionSource NewWakeUp() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
