using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Focus.Quality.Bench;

/// <summary>
/// Whether the modules keep up with intake, through the HTTP API of the built host: <c>delivery [seconds] [clients]</c>
/// sets intake's rate beside the rate at which registrations reach every handler, with the backlog every 5 s;
/// <c>latency [per-second] [seconds]</c> times, at a steady rate, from a registration's commit (its 201 answer) to its
/// case in Handling's database, which is what the worklist reads.
/// </summary>
internal static class DeliveryBench
{
    private const string Undelivered = "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAtUtc IS NULL";

    private const int WarmUpSeconds = 10;

    private static readonly string[] Modules = ["intake", "handling", "objections", "reporting"];

    public static async Task KeepUpAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        await using var host = await HostProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var accepted = 0;
        var clock = Stopwatch.StartNew();
        var load = Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed.TotalSeconds < seconds; n++)
            {
                await SubmitAsync(http, $"{client}-{n}");
                Interlocked.Increment(ref accepted);
            }
        })));

        Console.WriteLine("  time   accepted   registrations delivered   backlog (undelivered events, all modules)");
        long acceptedAtEnd = 0, deliveredAtEnd = 0, acceptedAfterWarmUp = 0, deliveredAfterWarmUp = 0;
        for (var tick = 5; tick <= seconds; tick += 5)
        {
            await Task.Delay(TimeSpan.FromSeconds(tick) - clock.Elapsed);
            var delivered = await DeliveredRegistrationsAsync(host);
            (acceptedAtEnd, deliveredAtEnd) = (Volatile.Read(ref accepted), delivered);
            Console.WriteLine($"{tick,5} s {acceptedAtEnd,10:N0} {delivered,25:N0} {await BacklogAsync(host),12:N0}");
            if (tick == WarmUpSeconds)
            {
                (acceptedAfterWarmUp, deliveredAfterWarmUp) = (acceptedAtEnd, deliveredAtEnd);
            }
        }

        await load;
        var intakeRate = acceptedAtEnd / (double)seconds;
        var deliveryRate = deliveredAtEnd / (double)seconds;
        Console.WriteLine($"intake accepted {intakeRate,8:F0} complaints/s ({clients} clients, {seconds} s)");
        Console.WriteLine($"delivered       {deliveryRate,8:F0} registrations/s to every handler   {deliveryRate / intakeRate,6:F2}x intake");
        if (seconds > WarmUpSeconds)
        {
            // The sustained rates: once the host is warm, whether delivery keeps pace or the backlog keeps growing.
            var sustained = seconds - WarmUpSeconds;
            var sustainedIntake = (acceptedAtEnd - acceptedAfterWarmUp) / (double)sustained;
            var sustainedDelivery = (deliveredAtEnd - deliveredAfterWarmUp) / (double)sustained;
            Console.WriteLine($"from {WarmUpSeconds} s on     {sustainedIntake,8:F0} accepted/s, {sustainedDelivery:F0} delivered/s        {sustainedDelivery / sustainedIntake,6:F2}x intake");
        }

        var drain = Stopwatch.StartNew();
        while (await BacklogAsync(host) > 0 && drain.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        Console.WriteLine($"backlog drained {drain.Elapsed.TotalSeconds:F1} s after the load stopped (remaining {await BacklogAsync(host):N0})");
    }

    public static async Task LatencyAsync(string[] args)
    {
        var perSecond = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        await using var host = await HostProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var handling = Path.Combine(host.DataDirectory, "handling.db");
        // Warm-up: the first registrations pay for JIT and the rules' first compilation.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => SubmitAsync(http, $"warm-{i}")));
        while (await BacklogAsync(host) > 0)
        {
            await Task.Delay(50);
        }

        var clock = Stopwatch.StartNew();
        var committedAt = new ConcurrentDictionary<string, TimeSpan>();
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource();
        // One watcher for all registrations, reading only the cases added since its last look: a poller per
        // registration took the CPU the dispatcher needed once a few hundred were waiting.
        var watcher = WatchCasesAsync(handling, (reference, seenAt) =>
        {
            if (!committedAt.TryRemove(reference, out var at))
            {
                return false;
            }

            // A case already there when the answer came counts as no wait at all.
            latencies.Add(Math.Max(0, (seenAt - at).TotalMilliseconds));
            return true;
        }, clock, stop.Token);
        var submissions = new List<Task>();
        for (var i = 0; i < perSecond * seconds; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var tag = $"steady-{i}";
            submissions.Add(Task.Run(async () => committedAt[await SubmitAsync(http, tag)] = clock.Elapsed));
        }

        await Task.WhenAll(submissions);
        while (!committedAt.IsEmpty && clock.Elapsed < TimeSpan.FromSeconds(seconds + 60))
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await watcher;
        var sorted = latencies.Order().ToList();
        Console.WriteLine($"{sorted.Count} registrations at {perSecond}/s for {seconds} s, from the 201 answer to the case in Handling ({committedAt.Count} never arrived):");
        Console.WriteLine($"p50 {sorted[sorted.Count / 2],7:F1} ms   p99 {sorted[(int)(sorted.Count * 0.99)],7:F1} ms   max {sorted[^1],7:F1} ms");
        Console.WriteLine($"baseline: one look for new cases by the bench itself   {await ReadCostAsync(handling):F2} ms");
    }

    /// <summary>
    /// Offers every case Handling stores to <paramref name="seen"/> with the time it was first seen, looking every
    /// millisecond. A case can be seen before its registration's answer is recorded, so one that <paramref name="seen"/>
    /// does not take yet is offered again (with its first time) at the next look.
    /// </summary>
    private static async Task WatchCasesAsync(string handling, Func<string, TimeSpan, bool> seen, Stopwatch clock, CancellationToken stop)
    {
        await using var connection = await OpenAsync(handling);
        await using var newer = connection.CreateCommand();
        newer.CommandText = "SELECT rowid, Reference FROM Cases WHERE rowid > $last ORDER BY rowid";
        var last = newer.Parameters.AddWithValue("$last", 0L);
        var waiting = new Dictionary<string, TimeSpan>();
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await newer.ExecuteReaderAsync(CancellationToken.None))
            {
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    last.Value = reader.GetInt64(0);
                    waiting[reader.GetString(1)] = clock.Elapsed;
                }
            }

            foreach (var (reference, at) in waiting.Where(w => seen(w.Key, w.Value)).ToList())
            {
                waiting.Remove(reference);
            }

            await Task.Delay(1, CancellationToken.None);
        }
    }

    private static async Task<double> ReadCostAsync(string handling)
    {
        await using var connection = await OpenAsync(handling);
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT rowid, Reference FROM Cases WHERE rowid > (SELECT MAX(rowid) FROM Cases)";
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            await find.ExecuteScalarAsync();
        }

        return watch.Elapsed.TotalMilliseconds / 1000;
    }

    private static async Task<string> SubmitAsync(HttpClient http, string tag)
    {
        var response = await http.PostAsJsonAsync("/api/public/complaints", new
        {
            category = "Treatment", complainantName = $"Indiener {tag}", email = "indiener@example.org", preferredContact = "Email",
            description = $"Meting {tag}: mijn adviseur belt niet terug en de afspraak is drie keer verzet.",
        });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Submission refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    /// <summary>Registrations whose event reached every handler: Intake marks its outbox message processed only then.</summary>
    private static Task<long> DeliveredRegistrationsAsync(HostProcess host) =>
        CountAsync(Path.Combine(host.DataDirectory, "intake.db"), "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAtUtc IS NOT NULL");

    private static async Task<long> BacklogAsync(HostProcess host)
    {
        long backlog = 0;
        foreach (var module in Modules)
        {
            var file = Path.Combine(host.DataDirectory, module + ".db");
            backlog += File.Exists(file) ? await CountAsync(file, Undelivered) : 0;
        }

        return backlog;
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        return connection;
    }
}
