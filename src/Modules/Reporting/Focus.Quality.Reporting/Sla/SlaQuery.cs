using Focus.Quality.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Sla;

/// <summary>Reads the facts of a period as SLA rows, streamed in order of receipt so a report of a million rows never holds them all.</summary>
internal sealed class SlaQuery(ReportingDbContext db, TimeProvider clock)
{
    public Task<int> CountAsync(SlaFilter filter, CancellationToken cancellationToken) => Select(filter).CountAsync(cancellationToken);

    public IAsyncEnumerable<SlaRow> RowsAsync(SlaFilter filter) => Select(filter).AsAsyncEnumerable();

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

    private IQueryable<SlaRow> Select(SlaFilter filter)
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

        return facts.OrderBy(f => f.ReceivedOn).ThenBy(f => f.Id).Select(f => new SlaRow(
            f.Reference, f.IsSignal, f.Channel, f.Category, f.Handler, f.ReceivedOn, f.AcknowledgementDue, f.AcknowledgedOn, f.AcknowledgedOnTime,
            f.ResponseDue, f.ResponseDueOriginal, f.RespondedOn, f.RespondedOnTime, f.Outcome, f.NotHandledReason, f.ObjectionReceivedOn,
            f.ObjectionOutcome, f.ClosedOn));
    }
}
