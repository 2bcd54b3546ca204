using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Focus.Quality.Bench;

/// <summary>
/// Through the real HTTP API of the built host on 127.0.0.1: intake throughput against a raw ADO.NET loop that writes the
/// same rows (complaint + outbox message, one transaction each) into a copy of the same tables; and the case page's
/// read with a 200-entry timeline against a fresh case.
/// </summary>
internal static class HttpBench
{
    public static async Task IntakeAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var warmUp = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        await using var host = await HostProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var intake = Path.Combine(host.DataDirectory, "intake.db");

        // The baseline runs while the host is idle and again after it stopped: never beside the host's event backlog.
        var rawBefore = await RawInsertRateAsync(intake, "before", TimeSpan.FromSeconds(5));

        // The JIT keeps optimising (tiered PGO) for the first ~20 s under load; a server runs for days.
        await SubmitForAsync(http, TimeSpan.FromSeconds(warmUp), clients);
        var latencies = await SubmitForAsync(http, TimeSpan.FromSeconds(seconds), clients);
        const string undeliveredSql = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAtUtc IS NULL";
        var undelivered = await CountAsync(intake, undeliveredSql);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var deliveryRate = (undelivered - await CountAsync(intake, undeliveredSql)) / 10.0;
        await host.StopAsync();
        var rawAfter = await RawInsertRateAsync(intake, "after", TimeSpan.FromSeconds(5));
        var raw = (rawBefore + rawAfter) / 2;
        var rate = latencies.Count / (double)seconds;
        latencies.Sort();
        var stored = await CountAsync(intake, "SELECT COUNT(*) FROM Complaints");
        Console.WriteLine($"{clients} clients for {seconds} s after {warmUp} s warm-up; stored {stored:N0} complaints (warm-up included), none lost: {stored >= latencies.Count}");
        Console.WriteLine($"baseline: raw ADO.NET, one transaction per row   {raw,8:F0} rows/s (before {rawBefore:F0}, after {rawAfter:F0})");
        Console.WriteLine($"HTTP API (POST /api/public/complaints)           {rate,8:F0} complaints/s   {rate / raw,6:P0} of baseline");
        Console.WriteLine($"latency p50 {latencies[latencies.Count / 2]:F1} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F1} ms");
        Console.WriteLine($"events not yet delivered to Handling and Reporting when the load stopped: {undelivered:N0} of {stored:N0}; delivered in the 10 s after: {deliveryRate:N0}/s");
        Console.WriteLine($"the intake use case alone, in-process, one thread: {await IntakeHandlerProbe.MillisecondsPerRegistrationAsync(5000):F2} ms per registration");
    }

    public static async Task CasePageAsync()
    {
        await using var host = await HostProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { email = "behandelaar@focus.example", password = "Demo!2026focus" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var full = await NewCaseAsync(http);
        var fresh = await NewCaseAsync(http);
        for (var i = 0; i < 200; i++)
        {
            (await http.PostAsJsonAsync($"/api/cases/{full}/notes", new { note = $"Notitie {i}: klager teruggebeld, afspraak gemaakt." })).EnsureSuccessStatusCode();
        }

        var entries = (await http.GetFromJsonAsync<JsonElement>($"/api/cases/{full}")).GetProperty("timeline").GetArrayLength();
        var baseline = await MedianAsync(http, $"/api/cases/{fresh}");
        var page = await MedianAsync(http, $"/api/cases/{full}");
        Console.WriteLine($"baseline: case with a fresh timeline             {baseline,8:F2} ms");
        Console.WriteLine($"case with {entries} timeline entries                 {page,8:F2} ms   {page / baseline,6:F2}x baseline");
    }

    private static async Task<List<double>> SubmitForAsync(HttpClient http, TimeSpan duration, int clients)
    {
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var watch = Stopwatch.StartNew();
                var response = await http.PostAsJsonAsync("/api/public/complaints", Complaint($"{client}-{n}"));
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"Submission refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        })));
        return [.. latencies];
    }

    private static object Complaint(string tag) => new
    {
        category = "Treatment", complainantName = $"Indiener {tag}", email = "indiener@example.org", preferredContact = "Email",
        description = $"Meting {tag}: mijn adviseur belt niet terug en de afspraak is drie keer verzet.",
    };

    /// <summary>Rows per second into empty copies of the app's Complaints and OutboxMessages tables, WAL like the app.</summary>
    private static async Task<double> RawInsertRateAsync(string appDatabase, string round, TimeSpan duration)
    {
        var file = Path.Combine(Path.GetDirectoryName(appDatabase)!, $"raw-baseline-{round}.db");
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using (var schema = connection.CreateCommand())
        {
            schema.CommandText = $"PRAGMA journal_mode=WAL; ATTACH '{appDatabase}' AS app;";
            await schema.ExecuteNonQueryAsync();
            schema.CommandText = "SELECT sql FROM app.sqlite_master WHERE type = 'table' AND name IN ('Complaints', 'OutboxMessages')";
            var ddl = new List<string>();
            await using (var reader = await schema.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ddl.Add(reader.GetString(0));
                }
            }

            schema.CommandText = "DETACH app; " + string.Join("; ", ddl);
            await schema.ExecuteNonQueryAsync();
        }

        var complaint = await SqliteRows.InsertCommandAsync(connection, "Complaints");
        var outbox = await SqliteRows.InsertCommandAsync(connection, "OutboxMessages");
        var payload = JsonSerializer.Serialize(Complaint("raw"));
        var rows = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            (complaint.Transaction, outbox.Transaction) = (transaction, transaction);
            var id = Guid.CreateVersion7();
            SqliteRows.Set(complaint, "Id", id);
            SqliteRows.Set(complaint, "Reference", $"KL-2026-{rows:D7}");
            SqliteRows.Set(complaint, "ComplainantName", $"Indiener {rows}");
            SqliteRows.Set(complaint, "Description", payload);
            SqliteRows.Set(complaint, "Email", "indiener@example.org");
            SqliteRows.Set(outbox, "Id", id);
            SqliteRows.Set(outbox, "Type", "Focus.Quality.Intake.Contracts.ComplaintRegistered");
            SqliteRows.Set(outbox, "Payload", payload);
            await complaint.ExecuteNonQueryAsync();
            await outbox.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            rows++;
        }

        return rows / clock.Elapsed.TotalSeconds;
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> NewCaseAsync(HttpClient staff)
    {
        var reference = (await (await staff.PostAsJsonAsync("/api/public/complaints", Complaint("pagina"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        for (var attempt = 0; (await staff.GetAsync($"/api/cases/{reference}")).StatusCode != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(attempt < 100 ? 100 : throw new TimeoutException($"Case {reference} did not open."));
        }

        return reference;
    }

    /// <summary>Median of 100 warm reads, in milliseconds, as the client on 127.0.0.1 sees them.</summary>
    private static async Task<double> MedianAsync(HttpClient http, string path)
    {
        var times = new List<double>();
        for (var i = 0; i < 120; i++)
        {
            var watch = Stopwatch.StartNew();
            (await http.GetAsync(path)).EnsureSuccessStatusCode();
            if (i >= 20)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
