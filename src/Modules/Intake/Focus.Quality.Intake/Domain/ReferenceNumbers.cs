using System.Globalization;
using Focus.Quality.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Domain;

/// <summary>
/// Hands out KL-yyyy-nnnnn inside the caller's transaction. The counter row's update lock serialises concurrent
/// registrations on both SQLite and SQL Server; a rolled-back registration may leave a gap, which is acceptable.
/// </summary>
internal static class ReferenceNumbers
{
    public static async Task<string> NextAsync(IntakeDbContext db, int year, CancellationToken cancellationToken)
    {
        var updated = await db.ReferenceCounters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), cancellationToken);
        if (updated == 0)
        {
            db.ReferenceCounters.Add(new ReferenceCounter { Year = year, Last = 1 });
            return Format(year, 1);
        }

        var last = await db.ReferenceCounters.AsNoTracking().Where(c => c.Year == year).Select(c => c.Last).SingleAsync(cancellationToken);
        return Format(year, last);
    }

    public static string Format(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"KL-{year}-{number:D5}");
}
