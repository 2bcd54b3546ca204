using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.IncomingMail;

internal sealed class CaseStandings(HandlingDbContext db) : ICaseStandings
{
    public async Task<IReadOnlyList<CaseStanding>> OfAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .Where(c => references.Contains(c.Reference))
            .Select(c => new CaseStanding(
                c.Reference,
                c.StateCategory != WorkflowStateCategory.Closed,
                // A sent response or not-handled letter starts the objection term; a registered objection ends the waiting for one.
                c.StateCategory != WorkflowStateCategory.Closed && c.Terms.Any(t => t.Code == TermCodes.Objection)
                    && !c.Timeline.Any(e => e.Kind == TimelineKind.ObjectionRegistered),
                c.AssignedTo))
            .ToListAsync(cancellationToken);
}
