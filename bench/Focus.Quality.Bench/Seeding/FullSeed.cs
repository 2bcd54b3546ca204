using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Focus.Quality.Bench.Seeding;

/// <summary>
/// Fills an app data folder with N complaints as every module would have stored them (Intake, Handling, Reporting,
/// Objections), the four databases in parallel. The host migrates the folder first, so the tables are the real ones.
/// </summary>
internal static class FullSeed
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var folder = Path.GetFullPath(args.Length > 1 ? args[1] : Directory.CreateTempSubdirectory("focus-seed-").FullName);
        await using (var host = await HostProcess.StartAsync(dataDirectory: folder))
        {
            await host.StopAsync();
        }

        SqliteConnection.ClearAllPools();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(
            SeedAsync(folder, "intake", connection => ModuleSeeds.IntakeAsync(connection, Story.All(count))),
            SeedAsync(folder, "handling", connection => CaseSeed.SeedAsync(connection, Story.All(count))),
            SeedAsync(folder, "reporting", connection => ModuleSeeds.ReportingAsync(connection, Story.All(count))),
            SeedAsync(folder, "objections", connection => ModuleSeeds.ObjectionsAsync(connection, Story.All(count))));
        var seconds = watch.Elapsed.TotalSeconds;

        var open = await CountAsync(folder, "handling", "SELECT COUNT(*) FROM Cases WHERE Status <> 'Closed'");
        var objections = await CountAsync(folder, "objections", "SELECT COUNT(*) FROM Objections");
        Console.WriteLine($"seeded {count:N0} complaints ({open:N0} open cases, {objections:N0} objections) in {seconds:F1} s = {count / seconds:N0} complaints/s; goal: 1,000,000 in under 120 s");
        Console.WriteLine($"run the app on it: Database__DataDirectory={folder} dotnet run --project src/Host");
    }

    private static async Task SeedAsync(string folder, string module, Func<DbConnection, Task> seed)
    {
        await Task.Yield();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, module + ".db")};Pooling=False");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // A bulk load into a fresh folder: if the machine fails halfway, the seed is simply run again.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragma.ExecuteNonQueryAsync();
        }

        await seed(connection);
    }

    private static async Task<long> CountAsync(string folder, string module, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, module + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
