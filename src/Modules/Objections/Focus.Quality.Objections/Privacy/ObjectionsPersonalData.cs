using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.Privacy;

/// <summary>Objections to the director: grounds, hearing, report, settlement or decision, documents.</summary>
internal sealed class ObjectionsPersonalData(ObjectionsDbContext db) : IPersonalDataSource
{
    public string Section => "Bezwaar";

    public async Task<object> ExportAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.Objections.AsNoTracking().Include(o => o.Documents).Include(o => o.Timeline)
            .Where(o => references.Contains(o.Reference)).OrderBy(o => o.Reference).ToListAsync(cancellationToken);
}
