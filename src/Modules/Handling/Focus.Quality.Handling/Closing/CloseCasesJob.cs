using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Jobs;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Closing;

internal sealed class ClosingOptions
{
    public const string Section = "Handling:Closing";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Closes responded cases whose objection term has passed. The state lives in the database, so a restart misses nothing;
/// two app instances racing for one case are kept apart by the case's concurrency token.
/// </summary>
internal sealed class CloseCasesJob(IServiceScopeFactory scopes, IOptions<ClosingOptions> options, TimeProvider clock, ILogger<CloseCasesJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.Today(Clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<CaseWorkflow>();
        var expired = await db.Cases.Include(c => c.Timeline)
            .Where(c => c.StateCategory != WorkflowStateCategory.Closed
                && c.Terms.Any(t => t.Code == TermCodes.Objection && t.DueDate < today)
                && !c.Timeline.Any(e => e.Kind == TimelineKind.ObjectionRegistered))
            .OrderBy(c => c.Reference)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var @case in expired)
        {
            // The workflow closes the case; a version without that step keeps it where it is.
            if (@case.ObjectionTermPassed(today) && await workflow.FollowAsync(@case, WorkflowActions.Close, cancellationToken))
            {
                db.Publish(@case.Close(today, Clock.GetUtcNow()));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance or a handler changed one of them; the next round looks again.
        }
    }
}
