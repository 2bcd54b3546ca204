using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.MoveToVersion;

/// <summary>
/// Moves open cases to a newer workflow version for the workflow screen (Rules): a dry run first, then each safe case on
/// its own, so a case someone works on meanwhile stays where it is and the rest move.
/// </summary>
internal sealed class OpenCaseMoves(HandlingDbContext db, CaseMovePlanner planner, TimeProvider clock) : IOpenCaseMoves
{
    /// <summary>More open cases than a person can check in one list; the rest follow in a next round.</summary>
    public const int MaxCases = 500;

    public async Task<IReadOnlyList<OpenCasesOnVersion>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Cases.AsNoTracking().Where(c => c.StateCategory != WorkflowStateCategory.Closed)
            .GroupBy(c => c.WorkflowVersion).Select(g => new { Version = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Version).Select(c => new OpenCasesOnVersion(c.Version, c.Count))];
    }

    public async Task<IReadOnlyList<CaseMovePlan>> DryRunAsync(CaseMoveRequest request, CancellationToken cancellationToken)
    {
        var states = await planner.StatesAsync(request, cancellationToken);
        var plans = new List<CaseMovePlan>();
        foreach (var @case in await Open(request).AsNoTracking().ToListAsync(cancellationToken))
        {
            plans.Add((await planner.PlanAsync(@case, request, states, cancellationToken)).Plan);
        }

        return plans;
    }

    public async Task<IReadOnlyList<CaseMovePlan>> ApplyAsync(CaseMoveRequest request, string by, CancellationToken cancellationToken)
    {
        var states = await planner.StatesAsync(request, cancellationToken);
        var results = new List<CaseMovePlan>();
        foreach (var reference in await Open(request).Select(c => c.Reference).ToListAsync(cancellationToken))
        {
            // One case at a time with a fresh context: a conflict on one case leaves no half-done change behind for the next.
            db.ChangeTracker.Clear();
            var @case = await db.Cases.SingleAsync(c => c.Reference == reference, cancellationToken);
            var planned = await planner.PlanAsync(@case, request, states, cancellationToken);
            var now = clock.GetUtcNow();
            if (planned is { Plan.IsSafe: true, To: { } to })
            {
                @case.MoveToVersion(planned.From, request.ToVersion, to, planned.Starting, by, now);
            }
            else
            {
                @case.KeepVersion(request.ToVersion, planned.Plan.Problem, planned.Plan.ProblemDetail, by, now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                results.Add(planned.Plan with { Moved = planned.Plan.IsSafe });
            }
            catch (DbUpdateConcurrencyException)
            {
                results.Add(planned.Plan with { Problem = CaseMoveProblem.ChangedMeanwhile, ProblemDetail = null, Moved = false });
            }
        }

        db.ChangeTracker.Clear();
        return results;
    }

    private IQueryable<Case> Open(CaseMoveRequest request)
    {
        var open = db.Cases.Where(c => c.StateCategory != WorkflowStateCategory.Closed && c.WorkflowVersion == request.FromVersion);
        if (request.References is { } references)
        {
            open = open.Where(c => references.Contains(c.Reference));
        }

        return open.OrderBy(c => c.Reference).Take(MaxCases);
    }
}
