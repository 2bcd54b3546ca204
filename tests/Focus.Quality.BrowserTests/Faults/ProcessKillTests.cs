using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace Focus.Quality.BrowserTests.Faults;

/// <summary>
/// Kills the real app (SIGKILL, no graceful stop) between commit and event dispatch and in the middle of intake under
/// load, restarts it on the same SQLite folder, and checks that no complaint was lost or duplicated and that every event
/// reached each of its handlers exactly once.
/// </summary>
[Collection(HeavyLoad.Name)]
public sealed class ProcessKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ComplaintRegistered = "Focus.Quality.Intake.Contracts.ComplaintRegistered";
    private const int KillsUnderLoad = 2;

    private static readonly string[] ComplaintRegisteredHandlers =
    [
        "handling:Focus.Quality.Handling.OpenCase.OpenCaseOnComplaintRegistered",
        "reporting:Focus.Quality.Reporting.ReadModel.ComplaintRegisteredProjection",
    ];

    private readonly AppProcess _app = new(
        Directory.CreateTempSubdirectory("focus-kill-").FullName,
        new Dictionary<string, string>
        {
            ["RateLimiting__PublicIntakePermitLimit"] = "100000",
            // A message the killed process had claimed is delivered again once its lease has passed.
            ["Outbox__Lease"] = "00:00:05",
        });

    private readonly ConcurrentDictionary<string, string> _acceptedByTag = new();
    private readonly ConcurrentBag<string> _sentTags = [];
    private ModuleFiles Files => new(_app.DataDirectory);

    [Fact]
    public async Task Killed_app_loses_no_complaint_duplicates_none_and_handles_every_event_once()
    {
        // Between commit and dispatch: complaints are committed with their events, but nothing delivers them.
        await SeededDatabases.StartAsync(_app, new Dictionary<string, string> { ["Outbox__DispatchEnabled"] = "false" });
        await SubmitAsync(submitters: 4, until: CancellationToken.None, perSubmitter: 5);
        Assert.Equal(20, await Files.CountAsync("intake", $"SELECT COUNT(*) FROM OutboxMessages WHERE Type = '{ComplaintRegistered}' AND ProcessedAtUtc IS NULL"));
        await _app.KillAsync();

        // In the middle of intake under load, with the dispatcher running.
        for (var kill = 1; kill <= KillsUnderLoad; kill++)
        {
            await _app.StartAsync();
            using var load = new CancellationTokenSource();
            var submitting = SubmitAsync(submitters: 20, until: load.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(1200 + (kill * 400)));
            await _app.KillAsync();
            await load.CancelAsync();
            await submitting;
        }

        await _app.StartAsync();
        await WaitUntilEverythingIsDeliveredAsync();
        await _app.KillAsync();

        await AssertNothingLostOrDuplicatedAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_app.DataDirectory, recursive: true);
    }

    private async Task AssertNothingLostOrDuplicatedAsync()
    {
        var complaints = await Files.QueryAsync("intake", "SELECT Reference, Description FROM Complaints", r => (Reference: r.GetString(0), Description: r.GetString(1)));
        var storedTags = complaints.Select(c => TagOf(c.Description)).ToList();
        var lost = _acceptedByTag.Where(a => !complaints.Contains((a.Value, Description(a.Key)))).Select(a => a.Value).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} accepted complaints are not stored: {string.Join(", ", lost.Take(10))}");
        Assert.Equal(storedTags.Count, storedTags.Distinct().Count());
        Assert.Equal(complaints.Count, complaints.Select(c => c.Reference).Distinct().Count());
        Assert.All(storedTags, tag => Assert.Contains(tag, _sentTags));

        var cases = await Files.QueryAsync("handling", "SELECT Reference FROM Cases", r => r.GetString(0));
        Assert.Equal(complaints.Select(c => c.Reference).Order(), cases.Order());

        var events = await Files.QueryAsync("intake", $"SELECT Id, ProcessedAtUtc IS NOT NULL FROM OutboxMessages WHERE Type = '{ComplaintRegistered}'", r => (Id: r.GetGuid(0), Processed: r.GetBoolean(1)));
        Assert.Equal(complaints.Count, events.Count);
        Assert.All(events, e => Assert.True(e.Processed, $"Event {e.Id} was never delivered."));
        foreach (var moduleAndHandler in ComplaintRegisteredHandlers)
        {
            var (module, handler) = (moduleAndHandler.Split(':')[0], moduleAndHandler.Split(':')[1]);
            var handled = await Files.QueryAsync(module, $"SELECT EventId FROM InboxMessages WHERE Handler = '{handler}'", r => r.GetGuid(0));
            Assert.Equal(events.Select(e => e.Id).Order(), handled.Order());
        }

        Assert.Equal(0, await Files.UndeliveredAsync());
        output.WriteLine(
            $"{KillsUnderLoad + 1} kills survived (1 between commit and dispatch, {KillsUnderLoad} under load): {_sentTags.Count} submissions sent, " +
            $"{_acceptedByTag.Count} accepted, {complaints.Count} stored (accepted plus those cut off after commit), each once with one case and one delivery per handler.");
    }

    private async Task WaitUntilEverythingIsDeliveredAsync()
    {
        var clock = Stopwatch.StartNew();
        while (await Files.UndeliveredAsync() > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "Events still undelivered 90 s after the restart.");
            await Task.Delay(250);
        }
    }

    /// <summary>Submits complaints, each with a unique tag in its text, until cancelled; a cut-off request is not accepted.</summary>
    private async Task SubmitAsync(int submitters, CancellationToken until, int perSubmitter = int.MaxValue)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        await Task.WhenAll(Enumerable.Range(0, submitters).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < perSubmitter && !until.IsCancellationRequested; n++)
            {
                var tag = Guid.NewGuid().ToString("N");
                _sentTags.Add(tag);
                try
                {
                    var response = await http.PostAsJsonAsync("/api/public/complaints", new
                    {
                        category = "Treatment",
                        complainantName = "Indiener Crashtest",
                        email = "crashtest@example.org",
                        preferredContact = "Email",
                        description = Description(tag),
                    }, CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        _acceptedByTag[tag] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or SocketException or IOException)
                {
                    // The server died mid-request: the submitter was not told it was accepted. A connection the dying server
                    // had just accepted fails with a bare SocketException ("Transport endpoint is not connected") that
                    // HttpClient does not wrap, or with an IOException while the answer is read.
                }
                catch (TaskCanceledException)
                {
                }
            }
        })));
    }

    private static string Description(string tag) => $"Crashtest {tag}: mijn adviseur belt niet terug.";

    private static string TagOf(string description) => description.Split(' ')[1].TrimEnd(':');
}
