using Focus.Quality.Handling.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Handling.Audit;

/// <summary>
/// Records case reads in a context of its own: a screen's context lives as long as its circuit and may hold changes
/// an action could not save; a read must never save those along with it.
/// </summary>
internal sealed class CaseReadLog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(string reference, string readBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        db.CaseReads.Add(new CaseRead { Reference = reference, ReadBy = readBy, ReadAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
