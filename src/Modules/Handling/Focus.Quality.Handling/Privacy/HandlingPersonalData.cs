using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Privacy;

/// <summary>The case files: terms, response, "not handled" decision, notes and communication on the timeline, documents, and who read them.</summary>
internal sealed class HandlingPersonalData(HandlingDbContext db) : IPersonalDataSource
{
    public string Section => "Behandeling";

    public async Task<object> ExportAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) => new
    {
        cases = await db.Cases.AsNoTracking().Include(c => c.Timeline).Include(c => c.Documents)
            .Where(c => references.Contains(c.Reference)).OrderBy(c => c.Reference).ToListAsync(cancellationToken),
        reads = await db.CaseReads.AsNoTracking().Where(r => references.Contains(r.Reference)).OrderBy(r => r.Id).ToListAsync(cancellationToken),
    };
}
