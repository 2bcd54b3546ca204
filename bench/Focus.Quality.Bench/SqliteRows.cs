using System.Data.Common;
using System.Globalization;

namespace Focus.Quality.Bench;

/// <summary>
/// Prepared INSERTs over every column of a table as the migrations made it: columns a benchmark does not set get their
/// type's neutral value (or NULL where allowed), so a new NOT NULL column does not break the seeding.
/// </summary>
internal static class SqliteRows
{
    public static void Set(DbCommand command, string column, object? value) =>
        command.Parameters["$" + column].Value = value switch
        {
            null => DBNull.Value,
            Guid guid => guid.ToString().ToUpperInvariant(),
            _ => value,
        };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Ten in the morning, Dutch winter time: when a seeded complaint arrived on its day.</summary>
    public static DateTimeOffset MorningOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));

    /// <summary>An INSERT over every column of the table, each preset to a neutral value of its type (or NULL where allowed).</summary>
    public static async Task<DbCommand> InsertCommandAsync(DbConnection connection, string table)
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
