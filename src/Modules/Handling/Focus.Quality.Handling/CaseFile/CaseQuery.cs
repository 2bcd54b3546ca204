using Focus.Quality.Handling.Audit;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.CaseFile;

internal sealed class CaseQuery(
    HandlingDbContext db, IComplaintDirectory complaints, IWorkingDayCalendar calendar, CaseWorkflow workflow, IComplaintWorkflow definitions, CaseReadLog readLog, TimeProvider clock)
{
    /// <param name="actor">The user who looks: the actions the workflow allows depend on who takes them.</param>
    public async Task<CaseView?> FindAsync(string reference, string actor, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.Timeline).Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        // Complaint files hold personal data: who read which case when is kept (AVG accountability).
        await readLog.RecordAsync(@case.Reference, actor, cancellationToken);
        var today = AmsterdamTime.Today(clock);
        var complaint = await complaints.FindAsync(reference, cancellationToken);
        return new CaseView(
            @case.Reference,
            @case.WorkflowState,
            @case.StateCategory.ToString(),
            @case.AssignedTo,
            @case.ReceivedAt,
            @case.Acknowledgement is { } ack ? new AcknowledgementView(ack.Method, ack.At, ack.By, ack.Note) : null,
            @case.Response is { } response ? new ResponseView(response.Judgement, response.Summary, response.Solution, response.LetterDate, response.By) : null,
            @case.NotHandled is { } decision
                ? new NotHandledView(decision.Reason, decision.AdvisingRule, decision.RulesVersion, decision.OverrideReason, decision.Motivation, decision.LetterDate, decision.By)
                : null,
            [.. @case.Documents.OrderBy(d => d.CreatedAt).Select(d => new DocumentView(d.Id, d.Kind.ToString(), d.FileName, d.CreatedAt, d.CreatedBy))],
            [.. @case.Terms.OrderBy(t => t.DueDate).Select(t => ToView(t, today))],
            [.. Timeline(@case)],
            complaint,
            await WorkflowAsync(@case, actor, cancellationToken));
    }

    /// <summary>Whether Intake registered the complaint: its case may still be on its way through the outbox.</summary>
    public async Task<bool> IsRegisteredAsync(string reference, CancellationToken cancellationToken) =>
        await complaints.FindAsync(reference, cancellationToken) is not null;

    private async Task<WorkflowView> WorkflowAsync(Case @case, string actor, CancellationToken cancellationToken)
    {
        var states = await definitions.StatesAsync(@case.WorkflowVersion, cancellationToken);
        // The path is drawn on the current version: steps taken before the case moved to it belong to another diagram.
        var since = @case.Timeline.Where(e => e.Kind == TimelineKind.WorkflowVersionChanged).Select(e => e.Sequence).DefaultIfEmpty(0).Max();
        var moves = @case.Timeline.Where(e => e.Kind == TimelineKind.WorkflowMoved && e.Sequence > since).OrderBy(e => e.Sequence)
            .Select(e => e.Details!.Split('|')[0].Split('>')).ToList();
        IReadOnlyList<string> path = moves.Count == 0 ? [@case.WorkflowState] : [moves[0][0], .. moves.Select(m => m[1])];
        return new WorkflowView(
            @case.WorkflowVersion,
            @case.WorkflowState,
            states.FirstOrDefault(s => s.Id == @case.WorkflowState)?.Label ?? @case.WorkflowState,
            await workflow.PermittedAsync(@case, actor, cancellationToken),
            path,
            await definitions.DefinitionJsonAsync(@case.WorkflowVersion, cancellationToken));
    }

    /// <summary>
    /// The timeline as people read it: by the minute it shows, and within a minute in the order things happened (a
    /// handler's acknowledgement time has no seconds, the registration a moment earlier has). A complaint from the web
    /// form was received and registered in one go, so one entry tells it.
    /// </summary>
    private static IEnumerable<TimelineView> Timeline(Case @case)
    {
        var byForm = @case.Timeline.Any(e => e.Kind == TimelineKind.Registered && e.Actor is null);
        return @case.Timeline
            .Where(e => e.Kind != TimelineKind.WorkflowMoved && !(byForm && e.Kind == TimelineKind.Received))
            .OrderBy(e => e.At.UtcTicks / TimeSpan.TicksPerMinute).ThenBy(e => e.Sequence)
            .Select(e => new TimelineView(e.At, e.Kind.ToString(), e.Actor, e.Details));
    }

    private TermView ToView(CaseTerm term, DateOnly today) => new(
        term.Code, term.RuleName, term.StartDate, term.DueDate, term.Unit, term.Count, term.RunsToNextWorkingDay, term.ExtendsWhenEndingOn, term.SkippedDays,
        term.RulesVersion, term.CompletedOn, TermStatus.DaysLeft(calendar, term.Unit, today, term.DueDate),
        term.NeedsDate ? TermState.NeedsDate : TermStatus.State(today, term.DueDate, term.WarnFrom, term.CompletedOn), term.Owner, term.OriginalDueDate,
        term.ExtensionReason, term.CanBeExtended, term.RuleFailure, term.PausedOn, term.PausedDays);
}
