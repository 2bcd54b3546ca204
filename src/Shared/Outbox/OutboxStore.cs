using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

internal sealed class OutboxStore<TContext>(IServiceScopeFactory scopes, WriteTurns turns, string module) : IOutboxStore
    where TContext : ModuleDbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<PendingMessage>> ClaimDueAsync(DateTime nowUtc, int max, DateTime leaseUntilUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Ordered along the (ProcessedAtUtc, NextAttemptAtUtc) index: a backlog of thousands is not sorted per batch.
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.NextAttemptAtUtc <= nowUtc)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.OccurredAtUtc)
            .Take(max)
            .Select(m => new PendingMessage(m.Id, m.Type, m.Payload, m.Attempts, m.NextAttemptAtUtc))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return due;
        }

        // The lease's end, made unique to this claim by a random fraction of a second, tells afterwards which of the
        // rows this instance took: the rows another instance claimed in between no longer matched the UPDATE.
        var claim = leaseUntilUtc.AddTicks(Random.Shared.NextInt64(1, TimeSpan.TicksPerSecond));
        var ids = due.Select(m => m.Id).ToList();
        using var turn = await turns.TakeAsync(db, cancellationToken);
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.ProcessedAtUtc == null && m.NextAttemptAtUtc <= nowUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, claim), cancellationToken);
        var taken = await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.NextAttemptAtUtc == claim)
            .Select(m => m.Id)
            .ToHashSetAsync(cancellationToken);
        return [.. due.Where(m => taken.Contains(m.Id))];
    }

    public async Task ReleaseAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var turn = await turns.TakeAsync(db, cancellationToken);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ProcessedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, nowUtc), cancellationToken);
    }

    public async Task<int> CountWaitingAsync(int max, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.OutboxMessages.Where(m => m.ProcessedAtUtc == null && m.Attempts == 0).Take(max).CountAsync(cancellationToken);
    }

    public async Task MarkProcessedAsync(IReadOnlyCollection<Guid> ids, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var turn = await turns.TakeAsync(db, cancellationToken);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, nowUtc).SetProperty(m => m.LastError, (string?)null), cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, string error, DateTime nextAttemptUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var turn = await turns.TakeAsync(db, cancellationToken);
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
        using var turn = await turns.TakeAsync(db, cancellationToken);
        return await db.OutboxMessages.Where(m => m.Id == id && m.ProcessedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, nowUtc), cancellationToken) == 1;
    }

    public async Task<int> ReplayAllAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var turn = await turns.TakeAsync(db, cancellationToken);
        return await db.OutboxMessages.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAtUtc, nowUtc),
            cancellationToken);
    }
}
