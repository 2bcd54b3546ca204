using Microsoft.Data.Sqlite;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// The first app of the run migrates and seeds its databases (rule sets, letter templates, demo users); every later app
/// starts on a copy of them. Creating them is a third of an app's start, 2 of 6 CPU-seconds, and the run starts some
/// twenty apps. Apps differ only in settings that seed nothing (mail server, pauses, outbox timing).
/// </summary>
internal static class SeededDatabases
{
    private static readonly SemaphoreSlim FirstStart = new(1, 1);
    private static string? _copies;

    public static async Task StartAsync(AppProcess app, IReadOnlyDictionary<string, string>? overrides = null)
    {
        await FirstStart.WaitAsync();
        try
        {
            if (_copies is null)
            {
                await app.StartAsync(overrides);
                _copies = BackUp(app.DataDirectory);
                return;
            }
        }
        finally
        {
            FirstStart.Release();
        }

        foreach (var database in Directory.GetFiles(_copies, "*.db"))
        {
            File.Copy(database, Path.Combine(app.DataDirectory, Path.GetFileName(database)));
        }

        await app.StartAsync(overrides);
    }

    /// <summary>
    /// SQLite's online backup of each database, so the copy is consistent while the app goes on writing (its outbox, its
    /// write-ahead log); taken before its test class gets the app, so it holds the seeds and nothing of a test.
    /// </summary>
    private static string BackUp(string dataDirectory)
    {
        var copies = Directory.CreateTempSubdirectory("focus-seeded-").FullName;
        foreach (var database in Directory.GetFiles(dataDirectory, "*.db"))
        {
            using var source = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            using var copy = new SqliteConnection($"Data Source={Path.Combine(copies, Path.GetFileName(database))};Pooling=False");
            source.Open();
            source.BackupDatabase(copy);
        }

        return copies;
    }
}
