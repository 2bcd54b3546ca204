using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Dashboard;

internal sealed record ChannelCount(ComplaintChannel Channel, int Complaints, int Signals);

internal sealed record DashboardFigures(IReadOnlyList<ChannelCount> ByChannel, int Acknowledged, int AcknowledgedOnTime)
{
    public int Complaints => ByChannel.Sum(c => c.Complaints);

    public int Signals => ByChannel.Sum(c => c.Signals);

    public double? OnTimePercentage => Acknowledged == 0 ? null : 100.0 * AcknowledgedOnTime / Acknowledged;
}

internal sealed class DashboardQuery(ReportingDbContext db)
{
    public async Task<DashboardFigures> LoadAsync(CancellationToken cancellationToken)
    {
        var byChannel = await db.Facts.AsNoTracking()
            .GroupBy(f => f.Channel)
            .Select(g => new ChannelCount(g.Key, g.Count(f => !f.IsSignal), g.Count(f => f.IsSignal)))
            .ToListAsync(cancellationToken);
        var acknowledged = await db.Facts.CountAsync(f => f.AcknowledgedOnTime != null, cancellationToken);
        var onTime = await db.Facts.CountAsync(f => f.AcknowledgedOnTime == true, cancellationToken);
        return new DashboardFigures([.. byChannel.OrderBy(c => c.Channel)], acknowledged, onTime);
    }
}
