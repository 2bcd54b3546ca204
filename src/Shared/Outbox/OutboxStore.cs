using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

internal sealed class OutboxStore<TContext>(IServiceScopeFactory scopes, string module) : IOutboxStore
    where TContext : ModuleDbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<PendingMessage>> FetchDueAsync(DateTime nowUtc, int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.NextAttemptAtUtc <= nowUtc)
            .OrderBy(m => m.OccurredAtUtc)
            .Take(max)
            .Select(m => new PendingMessage(m.Id, m.Type, m.Payload, m.Attempts, m.NextAttemptAtUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> TryClaimAsync(PendingMessage message, DateTime leaseUntilUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.ProcessedAtUtc == null && m.NextAttemptAtUtc == message.NextAttemptAtUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, leaseUntilUtc), cancellationToken) == 1;
    }

    public async Task ReleaseAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.OutboxMessages.Where(m => m.Id == id && m.ProcessedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, nowUtc), cancellationToken);
    }

    public async Task MarkProcessedAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, nowUtc).SetProperty(m => m.LastError, (string?)null), cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var truncated = error.Length > 2000 ? error[..2000] : error;
        await db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, truncated)
                    .SetProperty(m => m.NextAttemptAtUtc, nextAttemptUtc),
                cancellationToken);
    }

    public async Task<IReadOnlyList<FailedMessage>> FetchFailedAsync(int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.Attempts > 0)
            .OrderBy(m => m.OccurredAtUtc)
            .Take(max)
            .Select(m => new FailedMessage(m.Id, m.Type, m.Payload, m.Attempts, m.OccurredAtUtc, m.NextAttemptAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RetryNowAsync(Guid id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages.Where(m => m.Id == id && m.ProcessedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, nowUtc), cancellationToken) == 1;
    }

    public async Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAtUtc, nowUtc),
            cancellationToken);
    }
}
