using System.Text.Json;
using Focus.Quality.Shared.Mail;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// An event (often a letter by e-mail) that could not be delivered yet and will be tried again at
/// <paramref name="NextAttemptAt"/>; or, without a next attempt, work that failed for good and waits for a person.
/// </summary>
public sealed record FailedDelivery(
    Guid Id, string Module, string Event, string? Recipient, string? Subject, int Attempts,
    DateTimeOffset OccurredAt, DateTimeOffset? NextAttemptAt, string? LastError);

/// <summary>
/// Failures of one module that no retry will fix — a published rule that could not be applied to a file — listed with
/// the failed deliveries (without a next attempt) until a person has dealt with them.
/// </summary>
public interface IRuleFailureSource
{
    Task<IReadOnlyList<FailedDelivery>> ListAsync(int max, CancellationToken cancellationToken);
}

/// <summary>
/// Shows what keeps failing in the outboxes of all modules — a broken mail server, a handler that throws — and lets an
/// administrator try one again now instead of waiting for the growing retry delay. Nothing is ever dropped here. Rules
/// that failed on a file are shown too: those are not retried, a person deals with them.
/// </summary>
public sealed class FailedDeliveries
{
    private const int MaxPerModule = 200;
    private readonly IEnumerable<IOutboxStore> _stores;
    private readonly IEnumerable<IRuleFailureSource> _ruleFailures;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _clock;

    internal FailedDeliveries(IEnumerable<IOutboxStore> stores, IEnumerable<IRuleFailureSource> ruleFailures, OutboxSignal signal, TimeProvider clock) =>
        (_stores, _ruleFailures, _signal, _clock) = (stores, ruleFailures, signal, clock);

    public async Task<IReadOnlyList<FailedDelivery>> ListAsync(CancellationToken cancellationToken)
    {
        var failed = new List<FailedDelivery>();
        foreach (var store in _stores)
        {
            failed.AddRange((await store.FetchFailedAsync(MaxPerModule, cancellationToken)).Select(m => Describe(store.Module, m)));
        }

        foreach (var source in _ruleFailures)
        {
            failed.AddRange(await source.ListAsync(MaxPerModule, cancellationToken));
        }

        return [.. failed.OrderBy(f => f.OccurredAt)];
    }

    /// <returns>False when no module has this message undelivered (it may have been delivered meanwhile).</returns>
    public async Task<bool> RetryNowAsync(Guid id, CancellationToken cancellationToken)
    {
        foreach (var store in _stores)
        {
            if (await store.RetryNowAsync(id, _clock.GetUtcNow().UtcDateTime, cancellationToken))
            {
                _signal.Notify();
                return true;
            }
        }

        return false;
    }

    private static FailedDelivery Describe(string module, FailedMessage message)
    {
        var isMail = message.Type == typeof(MailRequested).FullName;
        var mail = isMail ? JsonSerializer.Deserialize<MailRequested>(message.Payload, OutboxJson.Options) : null;
        return new FailedDelivery(
            message.Id, module, message.Type[(message.Type.LastIndexOf('.') + 1)..], mail?.To, mail?.Subject, message.Attempts,
            new DateTimeOffset(message.OccurredAtUtc, TimeSpan.Zero), new DateTimeOffset(message.NextAttemptAtUtc, TimeSpan.Zero), message.LastError);
    }
}
