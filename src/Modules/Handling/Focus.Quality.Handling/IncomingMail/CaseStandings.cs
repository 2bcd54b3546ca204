using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.IncomingMail;

internal sealed class CaseStandings(HandlingDbContext db) : ICaseStandings
{
    public async Task<IReadOnlyList<CaseStanding>> OfAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => references.Contains(c.Reference))
            .Select(c => new CaseStanding(
                c.Reference,
                c.Status != CaseStatus.Closed,
                c.Status == CaseStatus.Responded || c.Status == CaseStatus.NotHandled,
                c.AssignedTo))
            .ToListAsync(cancellationToken);
}
