using System.Globalization;
using Focus.Quality.Intake.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Focus.Quality.Intake.Domain;

/// <summary>
/// Hands out KL-yyyy-nnnnn numbers inside the caller's transaction. The counter row's update lock serialises concurrent
/// registrations on both SQLite and SQL Server; a rolled-back registration may leave a gap, which is acceptable.
/// </summary>
internal static class ReferenceNumbers
{
    /// <summary>Reserves <paramref name="count"/> consecutive numbers of the year and returns the first.</summary>
    public static async Task<int> NextAsync(IntakeDbContext db, int year, int count, CancellationToken cancellationToken)
    {
        // One statement that increments and returns: the counter is the one row every registration waits for, so
        // it is held for a single round trip (ExecuteUpdate plus a read took two, and built its query each time).
        var last = await db.Database.SqlQueryRaw<int>(IncrementSql(db), count, year).ToListAsync(cancellationToken);
        if (last.Count == 0)
        {
            db.ReferenceCounters.Add(new ReferenceCounter { Year = year, Last = count });
            return 1;
        }

        return last[0] - count + 1;
    }

    public static string Format(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"KL-{year}-{number:D5}");

    private static string IncrementSql(IntakeDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(ReferenceCounter))!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var (last, year) = (sql.DelimitIdentifier(nameof(ReferenceCounter.Last)), sql.DelimitIdentifier(nameof(ReferenceCounter.Year)));
        return db.Database.IsSqlServer()
            ? $"UPDATE {table} SET {last} = {last} + {{0}} OUTPUT inserted.{last} AS [Value] WHERE {year} = {{1}}"
            : $"UPDATE {table} SET {last} = {last} + {{0}} WHERE {year} = {{1}} RETURNING {last} AS \"Value\"";
    }
}
