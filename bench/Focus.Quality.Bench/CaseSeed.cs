using System.Data.Common;
using System.Globalization;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Intake.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Focus.Quality.Bench;

/// <summary>
/// N cases in a migrated Handling database — every status, 25 handlers, three years of receipts, two terms each —
/// inserted with prepared commands in one transaction (EF change tracking would take many minutes for a million).
/// Columns the worklist does not read get the type's neutral value, found from the table itself, so a new NOT NULL
/// column does not break the seeder.
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
        var cases = await InsertCommandAsync(connection, "Cases");
        var terms = await InsertCommandAsync(connection, "CaseTerms");
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
            Set(cases, "Id", id);
            Set(cases, "ComplaintId", Guid.CreateVersion7());
            Set(cases, "Reference", $"KL-{received.Year}-{i:D7}");
            Set(cases, "ComplainantName", $"Klager {i}");
            Set(cases, "Channel", Channels[random.Next(Channels.Length)]);
            Set(cases, "Category", Categories[random.Next(Categories.Length)]);
            Set(cases, "ReceivedAt", binary.ConvertToProvider(new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1))));
            Set(cases, "Status", status);
            Set(cases, "AssignedTo", $"behandelaar{random.Next(Handlers):D2}@focus.example");
            Set(cases, "NextTermCode", due is null ? null : "Response");
            Set(cases, "NextDueDate", due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(cases, "NextWarnFrom", due?.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(cases, "WorkflowVersion", 1);
            Set(cases, "WorkflowState", status);
            await cases.ExecuteNonQueryAsync();
            foreach (var (code, unit, length) in new[] { ("Acknowledgement", "WorkingDays", 7), ("Response", "Weeks", 28) })
            {
                Set(terms, "Id", Guid.CreateVersion7());
                Set(terms, "CaseId", id);
                Set(terms, "Code", code);
                Set(terms, "Unit", unit);
                Set(terms, "SkippedDays", "[]");
                Set(terms, "StartDate", received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Set(terms, "DueDate", received.AddDays(length).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Set(terms, "WarnFrom", received.AddDays(length - 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Set(terms, "Owner", "Focus");
                Set(terms, "CompletedOn", due is null || code == "Acknowledgement" ? received.AddDays(length - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
                await terms.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    private static void Set(DbCommand command, string column, object? value) =>
        command.Parameters["$" + column].Value = value switch
        {
            null => DBNull.Value,
            Guid guid => guid.ToString().ToUpperInvariant(),
            _ => value,
        };

    /// <summary>An INSERT over every column of the table, each preset to a neutral value of its type (or NULL where allowed).</summary>
    private static async Task<DbCommand> InsertCommandAsync(DbConnection connection, string table)
    {
        var columns = new List<(string Name, string Type, bool NotNull)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info({table})";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1));
            }
        }

        var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c.Name))})";
        foreach (var (name, type, notNull) in columns)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "$" + name;
            parameter.Value = !notNull ? DBNull.Value : type == "TEXT" ? string.Empty : 0;
            insert.Parameters.Add(parameter);
        }

        insert.Prepare();
        return insert;
    }
}
