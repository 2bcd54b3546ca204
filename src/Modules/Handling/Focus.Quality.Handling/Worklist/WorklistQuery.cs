using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Worklist;

internal sealed record WorklistItem(
    string Reference,
    string ComplainantName,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    DateTimeOffset ReceivedAt,
    string Status,
    string? AssignedTo,
    string NextTerm,
    DateOnly DueDate,
    int DaysLeft,
    TermState State);

internal sealed record WorklistFilter(
    string? Search = null,
    bool OverdueOnly = false,
    string? AssignedTo = null,
    ComplaintChannel? Channel = null,
    ComplaintCategory? Category = null,
    /// <summary>A state of the cases' workflow, by its id.</summary>
    string? State = null,
    int Skip = 0,
    int Take = 50,
    WorklistCursor? After = null)
{
    public const int MaxTake = 200;
}

/// <summary>Where the previous page ended (its last case's due date and reference): the next page starts after it.</summary>
internal sealed record WorklistCursor(DateOnly DueDate, string Reference);

/// <summary>A case without an open term of Focus (answered, not handled, closed), found by a search.</summary>
internal sealed record ClosedCaseItem(string Reference, string ComplainantName, ComplaintCategory Category, DateTimeOffset ReceivedAt, string Status);

/// <summary>Open cases, the one whose next term ends first on top; closed cases only when searched for.</summary>
internal sealed class WorklistQuery(HandlingDbContext db, IComplaintDirectory complaints, IWorkingDayCalendar calendar, WorkflowStateNames states, TimeProvider clock)
{
    /// <summary>How many closed cases a search shows: enough to recognise the one meant, else the search should be sharper.</summary>
    public const int ClosedLimit = 50;

    public async Task<IReadOnlyList<WorklistItem>> ListAsync(WorklistFilter filter, CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.Today(clock);
        var cases = db.Cases.AsNoTracking().Where(c => c.NextDueDate != null);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            cases = await MatchingAsync(cases, filter.Search, cancellationToken);
        }

        if (filter.OverdueOnly)
        {
            cases = cases.Where(c => c.NextDueDate < today);
        }

        if (filter.AssignedTo is { } assignee)
        {
            cases = cases.Where(c => c.AssignedTo == assignee);
        }

        if (filter.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (filter.Category is { } category)
        {
            cases = cases.Where(c => c.Category == category);
        }

        if (filter.State is { } state)
        {
            cases = cases.Where(c => c.WorkflowState == state);
        }

        if (filter.After is { } after)
        {
            // Keyset paging: as fast on page 5,000 as on page 1, where Skip would read and drop every earlier case.
            cases = cases.Where(c => c.NextDueDate > after.DueDate || (c.NextDueDate == after.DueDate && string.Compare(c.Reference, after.Reference) > 0));
        }

        var rows = await cases.OrderBy(c => c.NextDueDate).ThenBy(c => c.Reference)
            .Skip(Math.Max(filter.Skip, 0)).Take(Math.Clamp(filter.Take, 1, WorklistFilter.MaxTake))
            .Select(c => new
            {
                c.Reference, c.ComplainantName, c.Channel, c.Category, c.ReceivedAt, c.WorkflowVersion, c.WorkflowState, c.AssignedTo, c.NextTermCode,
                NextDueDate = c.NextDueDate!.Value, NextWarnFrom = c.NextWarnFrom!.Value,
                Unit = c.Terms.Where(t => t.Code == c.NextTermCode).Select(t => t.Unit).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = new List<WorklistItem>(rows.Count);
        foreach (var r in rows)
        {
            items.Add(new WorklistItem(
                r.Reference, r.ComplainantName, r.Channel, r.Category, r.ReceivedAt, await states.LabelAsync(r.WorkflowVersion, r.WorkflowState, cancellationToken),
                r.AssignedTo, r.NextTermCode!, r.NextDueDate, TermStatus.DaysLeft(calendar, r.Unit, today, r.NextDueDate),
                TermStatus.State(today, r.NextDueDate, r.NextWarnFrom, completedOn: null)));
        }

        return items;
    }

    /// <summary>The cases that left the worklist whose name, reference, e-mail address or phone number holds <paramref name="search"/>, newest first.</summary>
    public async Task<IReadOnlyList<ClosedCaseItem>> FindClosedAsync(string search, CancellationToken cancellationToken)
    {
        var cases = await MatchingAsync(db.Cases.AsNoTracking().Where(c => c.NextDueDate == null), search, cancellationToken);
        var rows = await cases.OrderByDescending(c => c.Reference).Take(ClosedLimit)
            .Select(c => new { c.Reference, c.ComplainantName, c.Category, c.ReceivedAt, c.WorkflowVersion, c.WorkflowState })
            .ToListAsync(cancellationToken);
        var items = new List<ClosedCaseItem>(rows.Count);
        foreach (var r in rows)
        {
            items.Add(new ClosedCaseItem(r.Reference, r.ComplainantName, r.Category, r.ReceivedAt, await states.LabelAsync(r.WorkflowVersion, r.WorkflowState, cancellationToken)));
        }

        return items;
    }

    /// <summary>Name and reference are on the case; e-mail address and phone number only Intake keeps, so it names the references.</summary>
    private async Task<IQueryable<Case>> MatchingAsync(IQueryable<Case> cases, string search, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        var lower = text.ToLowerInvariant();
        var byContact = await complaints.ReferencesByContactAsync(text, ClosedLimit, cancellationToken);
        return cases.Where(c => c.Reference.Contains(text) || c.ComplainantName.ToLower().Contains(lower) || byContact.Contains(c.Reference));
    }
}
