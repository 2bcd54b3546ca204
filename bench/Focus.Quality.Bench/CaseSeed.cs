using System.Globalization;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Intake.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Bench;

/// <summary>
/// N cases in a migrated Handling database — every status, 25 handlers, three years of receipts, two terms each —
/// inserted with prepared commands in one transaction (EF change tracking would take many minutes for a million).
/// </summary>
internal static class CaseSeed
{
    public const int Handlers = 25;
    private static readonly string[] OpenStatuses = [.. Enum.GetNames<CaseStatus>().Where(s => s != nameof(CaseStatus.Closed))];
    private static readonly string[] Channels = Enum.GetNames<ComplaintChannel>();
    private static readonly string[] Categories = Enum.GetNames<ComplaintCategory>();

    public static async Task SeedAsync(DbContext db, int count)
    {
        await db.Database.MigrateAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var cases = await SqliteRows.InsertCommandAsync(connection, "Cases");
        var terms = await SqliteRows.InsertCommandAsync(connection, "CaseTerms");
        var random = new Random(42);
        var binary = new DateTimeOffsetToBinaryConverter();
        var first = new DateOnly(2024, 1, 1);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var days = today.DayNumber - first.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var received = first.AddDays((int)((long)i * days / count));
            // Older cases are mostly closed; the last months hold the open ones, as in a real office.
            var status = received.DayNumber > today.DayNumber - 120 || random.NextDouble() < 0.03 ? OpenStatuses[random.Next(OpenStatuses.Length)] : nameof(CaseStatus.Closed);
            var due = status == nameof(CaseStatus.Closed) ? (DateOnly?)null : received.AddDays(28 + random.Next(-10, 10));
            var id = Guid.CreateVersion7();
            SqliteRows.Set(cases, "Id", id);
            SqliteRows.Set(cases, "ComplaintId", Guid.CreateVersion7());
            SqliteRows.Set(cases, "Reference", $"KL-{received.Year}-{i:D7}");
            SqliteRows.Set(cases, "ComplainantName", $"Klager {i}");
            SqliteRows.Set(cases, "Channel", Channels[random.Next(Channels.Length)]);
            SqliteRows.Set(cases, "Category", Categories[random.Next(Categories.Length)]);
            SqliteRows.Set(cases, "ReceivedAt", binary.ConvertToProvider(new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1))));
            SqliteRows.Set(cases, "Status", status);
            SqliteRows.Set(cases, "AssignedTo", $"behandelaar{random.Next(Handlers):D2}@focus.example");
            SqliteRows.Set(cases, "NextTermCode", due is null ? null : "Response");
            SqliteRows.Set(cases, "NextDueDate", due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            SqliteRows.Set(cases, "NextWarnFrom", due?.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            SqliteRows.Set(cases, "WorkflowVersion", 1);
            SqliteRows.Set(cases, "WorkflowState", status);
            await cases.ExecuteNonQueryAsync();
            foreach (var (code, unit, length) in new[] { ("Acknowledgement", "WorkingDays", 7), ("Response", "Weeks", 28) })
            {
                SqliteRows.Set(terms, "Id", Guid.CreateVersion7());
                SqliteRows.Set(terms, "CaseId", id);
                SqliteRows.Set(terms, "Code", code);
                SqliteRows.Set(terms, "Unit", unit);
                SqliteRows.Set(terms, "SkippedDays", "[]");
                SqliteRows.Set(terms, "StartDate", received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                SqliteRows.Set(terms, "DueDate", received.AddDays(length).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                SqliteRows.Set(terms, "WarnFrom", received.AddDays(length - 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                SqliteRows.Set(terms, "Owner", "Focus");
                SqliteRows.Set(terms, "CompletedOn", due is null || code == "Acknowledgement" ? received.AddDays(length - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
                await terms.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }
}
