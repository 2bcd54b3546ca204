using Microsoft.Data.Sqlite;

namespace Focus.Quality.BrowserTests.Faults;

/// <summary>Reads the app's SQLite files directly (one per module), to see what survived a crash.</summary>
internal sealed class ModuleFiles(string dataDirectory)
{
    // The modules with an outbox; rules keeps no events.
    public static readonly string[] Modules = ["intake", "handling", "objections", "reporting"];

    public async Task<List<T>> QueryAsync<T>(string module, string sql, Func<SqliteDataReader, T> read)
    {
        var file = Path.Combine(dataDirectory, module + ".db");
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<long> CountAsync(string module, string sql) =>
        (await QueryAsync(module, sql, r => r.GetInt64(0))).Single();

    /// <summary>Outbox messages of every module that no handler has finished yet.</summary>
    public async Task<long> UndeliveredAsync()
    {
        long undelivered = 0;
        foreach (var module in Modules.Where(m => File.Exists(Path.Combine(dataDirectory, m + ".db"))))
        {
            undelivered += await CountAsync(module, "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAtUtc IS NULL");
        }

        return undelivered;
    }
}
