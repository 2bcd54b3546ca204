using Focus.Quality.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Sla;

/// <summary>Reads the facts of a period as SLA rows, streamed in order of receipt so a report of a million rows never holds them all.</summary>
internal sealed class SlaQuery(ReportingDbContext db, TimeProvider clock)
{
    public async Task<SlaCount> CountAsync(SlaFilter filter, CancellationToken cancellationToken)
    {
        var kinds = await Facts(filter).GroupBy(f => f.IsSignal).Select(g => new { IsSignal = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new SlaCount(kinds.Where(k => !k.IsSignal).Sum(k => k.Count), kinds.Where(k => k.IsSignal).Sum(k => k.Count));
    }

    public IAsyncEnumerable<SlaRow> RowsAsync(SlaFilter filter) => Select(filter).AsAsyncEnumerable();

    /// <summary>Every account that has handled a complaint, for the dashboard's handler filter.</summary>
    public Task<List<string>> HandlersAsync(CancellationToken cancellationToken) =>
        db.Facts.AsNoTracking().Where(f => f.Handler != null).Select(f => f.Handler!).Distinct().ToListAsync(cancellationToken);

    public async Task<SlaFigures> FiguresAsync(SlaFilter filter, CancellationToken cancellationToken)
    {
        var figures = new SlaFigures(filter, Shared.Time.AmsterdamTime.Today(clock));
        await foreach (var row in RowsAsync(filter).WithCancellation(cancellationToken))
        {
            figures.Add(row);
        }

        figures.Overdue.Sort((a, b) => Nullable.Compare(a.ResponseDue, b.ResponseDue));
        return figures;
    }

    /// <summary>The procedure-compliance check over the complaints the filter selects, for the dashboard.</summary>
    public async Task<Compliance.ComplianceTally> ComplianceAsync(SlaFilter filter, CancellationToken cancellationToken)
    {
        var tally = new Compliance.ComplianceTally();
        var today = Shared.Time.AmsterdamTime.Today(clock);
        await foreach (var fact in Facts(filter).Where(f => !f.IsSignal).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tally.Add(fact, today);
        }

        return tally;
    }

    private IQueryable<SlaRow> Select(SlaFilter filter) =>
        Facts(filter).OrderBy(f => f.ReceivedOn).ThenBy(f => f.Id).Select(f => new SlaRow(
            f.Reference, f.IsSignal, f.Channel, f.Category, f.Handler, f.ReceivedOn, f.AcknowledgementDue, f.AcknowledgedOn, f.AcknowledgedOnTime,
            f.ResponseDue, f.ResponseDueOriginal, f.ResponsePausedDays, f.RespondedOn, f.RespondedOnTime, f.Outcome, f.NotHandledReason, f.ObjectionReceivedOn,
            f.ObjectionOutcome, f.ClosedOn, f.StateCategory, f.SatisfactionScore, f.SatisfactionResolved));

    private IQueryable<ReadModel.ComplaintFact> Facts(SlaFilter filter)
    {
        var facts = db.Facts.AsNoTracking().Where(f => f.ReceivedOn >= filter.From && f.ReceivedOn <= filter.To);
        if (filter.Channel is { } channel)
        {
            facts = facts.Where(f => f.Channel == channel);
        }

        if (filter.Category is { } category)
        {
            facts = facts.Where(f => f.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Handler))
        {
            facts = facts.Where(f => f.Handler == filter.Handler);
        }

        return facts;
    }
}
