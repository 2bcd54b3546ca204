using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Focus.Quality.Bench;

/// <summary>
/// Memory per idle Blazor Server circuit: N browser sessions (one Chromium, N contexts) each signed in as the handler
/// with the worklist open, against the host with one such session: first while the circuits are still active, then after
/// each screen paused itself for being idle (wwwroot/idle-pause.js). The figure is the managed heap after a full
/// collection, as dotnet-gcdump counts it (issue 21); resident memory is printed beside it but barely falls after the
/// pause, because the GC keeps what it reserved.
/// </summary>
internal static class CircuitBench
{
    /// <summary>Long enough for all sessions to open while still active; then every one of them pauses.</summary>
    private static readonly TimeSpan PauseWhenIdle = TimeSpan.FromMinutes(3);

    /// <summary>Issue 21's goal for an active idle circuit with the worklist open.</summary>
    private const double GoalKilobytes = 500;

    private const int WorklistPage = 50;

    public static async Task RunAsync(string[] args)
    {
        var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var cases = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        // Workstation GC with a small allocation budget: garbage is collected often, so resident memory follows what the
        // circuits keep rather than how much the server GC chose to reserve.
        await using var host = await HostProcess.StartAsync("Development", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_GCgen0size"] = "0x200000",
            ["Circuits__PauseWhenIdle"] = PauseWhenIdle.ToString(),
        });
        await RegisterComplaintsAsync(host.BaseUrl, cases);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // The browser the test command installs; the circuits measured live in the app, whichever Chromium drives them.
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium-headless-shell",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });

        var pages = new List<IPage> { await OpenWorklistAsync(browser, host.BaseUrl, Math.Max(1, Math.Min(cases, WorklistPage))) };
        await Task.Delay(5000);
        var one = await MeasureAsync(host, "one circuit");
        var opening = Stopwatch.StartNew();
        while (pages.Count < sessions)
        {
            // A few at a time: fifty sign-ins take about two minutes on two cores.
            var batch = Math.Min(5, sessions - pages.Count);
            pages.AddRange(await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => OpenWorklistAsync(browser, host.BaseUrl, 1))));
        }

        await Task.Delay(10_000);
        if (opening.Elapsed > PauseWhenIdle)
        {
            throw new InvalidOperationException($"Opening {sessions} sessions took {opening.Elapsed.TotalSeconds:F0} s: some paused before the active measurement.");
        }

        var active = await MeasureAsync(host, $"{sessions} active circuits");
        foreach (var page in pages)
        {
            await page.Locator("#components-reconnect-modal.components-reconnect-paused").WaitForAsync(new() { Timeout = (float)(PauseWhenIdle * 3).TotalMilliseconds });
        }

        await Task.Delay(10_000);
        var paused = await MeasureAsync(host, $"{sessions} paused circuits");
        var perActive = active.PerCircuit(one, sessions);
        var perPaused = paused.PerCircuit(one, sessions);
        Console.WriteLine($"worklist with {Math.Min(cases, WorklistPage)} rows; managed heap after a full collection (dotnet-gcdump), resident memory (VmRSS)");
        Console.WriteLine($"{"host with 1 worklist circuit",-42} managed {one.ManagedBytes / 1048576.0,7:F2} MB   resident {one.ResidentKilobytes / 1024.0,7:F1} MB");
        Console.WriteLine($"{$"host with {sessions} active worklist circuits",-42} managed {active.ManagedBytes / 1048576.0,7:F2} MB   resident {active.ResidentKilobytes / 1024.0,7:F1} MB");
        Console.WriteLine($"{$"host after all {sessions} paused when idle",-42} managed {paused.ManagedBytes / 1048576.0,7:F2} MB   resident {paused.ResidentKilobytes / 1024.0,7:F1} MB");
        Console.WriteLine($"{"per idle circuit, still active",-42} managed {perActive.Managed,7:F0} KB   resident {perActive.Resident,7:F0} KB   ({perActive.Managed / GoalKilobytes:F2}x the goal of {GoalKilobytes:F0} KB)");
        Console.WriteLine($"{"per idle circuit, paused",-42} managed {perPaused.Managed,7:F0} KB   resident {perPaused.Resident,7:F0} KB");
        Console.WriteLine($"an active circuit holds {perActive.Managed / perPaused.Managed:F1}x the managed heap of a paused one");
    }

    /// <summary>Public complaints, so the worklist shows rows as a handler's does (by default none, as issue 21 measured).</summary>
    private static async Task RegisterComplaintsAsync(string baseUrl, int count)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        for (var n = 0; n < count; n++)
        {
            (await http.PostAsJsonAsync("/api/public/complaints", new
            {
                category = "Treatment", complainantName = $"Indiener {n}", email = "indiener@example.org", preferredContact = "Email",
                description = $"Meting {n}: mijn adviseur belt niet terug en de afspraak is drie keer verzet.",
            })).EnsureSuccessStatusCode();
        }
    }

    private static async Task<Memory> MeasureAsync(HostProcess host, string state)
    {
        var resident = host.ResidentKilobytes();
        var managed = await ManagedHeapBytesAsync(host.ProcessId);
        await HoldForHeapDumpAsync(host, state);
        return new Memory(managed, resident);
    }

    /// <summary>
    /// The live objects after a full collection, as `dotnet-gcdump report -p PID` counts them (a local tool of the repo:
    /// `dotnet tool restore`); its report starts with "   24,659,762  GC Heap bytes".
    /// </summary>
    private static async Task<long> ManagedHeapBytesAsync(int processId)
    {
        var start = new ProcessStartInfo("dotnet", ["gcdump", "report", "-p", processId.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet-gcdump.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.Contains("GC Heap bytes", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet-gcdump gave no heap size (run `dotnet tool restore` first): {await output}{await errors}");
        return long.Parse(new string([.. line.Trim().Split(' ')[0].Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// With BENCH_HOLD set, waits for a file to appear so the heap can be looked into from outside, e.g.
    /// `dotnet-gcdump collect -p PID` and `dotnet-gcdump report FILE` for its types.
    /// </summary>
    private static async Task HoldForHeapDumpAsync(HostProcess host, string state)
    {
        if (Environment.GetEnvironmentVariable("BENCH_HOLD") is not { Length: > 0 } file)
        {
            return;
        }

        Console.WriteLine($"holding with {state}: host process {host.ProcessId}; touch {file} to go on");
        while (!File.Exists(file))
        {
            await Task.Delay(500);
        }

        File.Delete(file);
    }

    /// <param name="rows">Rows to wait for; the first session reloads until the registered cases reached Handling.</param>
    private static async Task<IPage> OpenWorklistAsync(IBrowser browser, string baseUrl, int rows)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login?ReturnUrl=%2Fwerklijst");
        await page.GetByLabel("E-mailadres").FillAsync("behandelaar@focus.example");
        await page.GetByLabel("Wachtwoord").FillAsync("Demo!2026focus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/werklijst");
        var shown = page.Locator("[data-testid=worklist] tbody tr");
        for (var deadline = DateTime.UtcNow.AddMinutes(1); ; await page.ReloadAsync())
        {
            await shown.First.WaitForAsync();
            if (await shown.CountAsync() >= rows || DateTime.UtcNow > deadline)
            {
                break;
            }
        }

        // The circuit is up once Blazor has rendered interactively: wait for its connection to settle.
        await page.WaitForTimeoutAsync(500);
        return page;
    }

    private sealed record Memory(long ManagedBytes, long ResidentKilobytes)
    {
        /// <summary>What each further circuit added to the host with one, in kilobytes.</summary>
        public (double Managed, double Resident) PerCircuit(Memory one, int sessions) =>
            ((ManagedBytes - one.ManagedBytes) / 1024.0 / (sessions - 1), (ResidentKilobytes - one.ResidentKilobytes) / (double)(sessions - 1));
    }
}
