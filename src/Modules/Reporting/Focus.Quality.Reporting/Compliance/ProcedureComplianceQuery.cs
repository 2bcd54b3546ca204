using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Reporting.Compliance;

internal sealed class ProcedureComplianceQuery(ReportingDbContext db, TimeProvider clock) : IProcedureCompliance
{
    public async Task<IReadOnlyList<ComplianceResult>?> CheckAsync(string reference, CancellationToken cancellationToken) =>
        await db.Facts.AsNoTracking().SingleOrDefaultAsync(f => f.Reference == reference, cancellationToken) is { } fact ? ComplianceRules.Check(fact, AmsterdamTime.Today(clock)) : null;
}
