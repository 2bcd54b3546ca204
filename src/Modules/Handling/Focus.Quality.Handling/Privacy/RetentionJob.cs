using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Jobs;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Privacy;

/// <summary>
/// Anonymises closed cases once the retention period has passed, one case per transaction, and tells the other modules
/// through the outbox so they erase their part. Which cases are due is read from the database every round, so a crash
/// or a failed round only delays the work; the case's timeline records when it happened and why.
/// </summary>
internal sealed class RetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : PeriodicJob(clock, logger)
{
    private const int CasesPerRound = 200;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var closedBefore = now.AddMonths(-options.Value.Months);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var due = await db.Cases
            .Where(c => c.StateCategory == WorkflowStateCategory.Closed
                && c.Timeline.Any(e => (e.Kind == TimelineKind.Closed || e.Kind == TimelineKind.ObjectionConcluded) && e.At < closedBefore)
                && !c.Timeline.Any(e => e.Kind == TimelineKind.Anonymised))
            .OrderBy(c => c.Reference)
            .Select(c => c.Id).Take(CasesPerRound).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var @case = await db.Cases.Include(c => c.Timeline).Include(c => c.Documents).SingleAsync(c => c.Id == id, cancellationToken);
            // Files go first: should the commit fail, the next round finds the case again; the other way round a crash
            // would leave personal files nobody points to any more.
            foreach (var document in @case.Documents)
            {
                await documents.DeleteAsync(document.DocumentKey, cancellationToken);
            }

            db.EraseFreeText(@case);
            db.Publish(@case.Anonymise($"Bewaartermijn van {options.Value.Months} maanden na sluiten verstreken", now));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Case {Reference} anonymised after the retention period of {Months} months", @case.Reference, options.Value.Months);
        }
    }
}
