using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Focus.Quality.Bench;

/// <summary>
/// Memory per idle Blazor Server circuit: N browser sessions (one Chromium, N contexts) each signed in as the handler
/// with the worklist open, against the host's memory with one such session: first while the circuits are still active,
/// then after each screen paused itself for being idle (wwwroot/idle-pause.js). Resident memory of the host process.
/// </summary>
internal static class CircuitBench
{
    /// <summary>Long enough for all sessions to open while still active; then every one of them pauses.</summary>
    private static readonly TimeSpan PauseWhenIdle = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(string[] args)
    {
        var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        // Workstation GC with a small allocation budget: garbage is collected often, so resident memory follows what the
        // circuits keep rather than how much the server GC chose to reserve.
        await using var host = await HostProcess.StartAsync("Development", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_GCgen0size"] = "0x200000",
            ["Circuits__PauseWhenIdle"] = PauseWhenIdle.ToString(),
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });

        var pages = new List<IPage> { await OpenWorklistAsync(browser, host.BaseUrl) };
        await Task.Delay(5000);
        var one = host.ResidentKilobytes();
        await HoldForHeapDumpAsync(host, "one circuit");
        var opening = Stopwatch.StartNew();
        while (pages.Count < sessions)
        {
            // A few at a time: fifty sign-ins take about two minutes on two cores.
            var batch = Math.Min(5, sessions - pages.Count);
            pages.AddRange(await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => OpenWorklistAsync(browser, host.BaseUrl))));
        }

        await Task.Delay(10_000);
        var active = host.ResidentKilobytes();
        if (opening.Elapsed > PauseWhenIdle)
        {
            throw new InvalidOperationException($"Opening {sessions} sessions took {opening.Elapsed.TotalSeconds:F0} s: some paused before the active measurement.");
        }

        await HoldForHeapDumpAsync(host, $"{sessions} active circuits");
        foreach (var page in pages)
        {
            await page.Locator("#components-reconnect-modal.components-reconnect-paused").WaitForAsync(new() { Timeout = (float)(PauseWhenIdle * 3).TotalMilliseconds });
        }

        await Task.Delay(10_000);
        var paused = host.ResidentKilobytes();
        await HoldForHeapDumpAsync(host, $"{sessions} paused circuits");
        var perActive = (active - one) / (double)(sessions - 1);
        var perPaused = (paused - one) / (double)(sessions - 1);
        Console.WriteLine($"host with 1 worklist circuit            {one / 1024.0,8:F1} MB");
        Console.WriteLine($"host with {sessions} active worklist circuits {active / 1024.0,8:F1} MB");
        Console.WriteLine($"host after all {sessions} paused when idle   {paused / 1024.0,8:F1} MB");
        Console.WriteLine($"per idle circuit, still active          {perActive,8:F0} KB   ({perActive / 250:F2}x Microsoft's ~250 KB for a minimal app)");
        Console.WriteLine($"per idle circuit, paused                {perPaused,8:F0} KB   ({perPaused / 250:F2}x; resident memory the GC has not returned yet counts too)");
    }

    /// <summary>
    /// With BENCH_HOLD set, waits for a file to appear so the managed heap can be measured from outside, e.g.
    /// `dotnet-gcdump report -p PID` (which forces a full collection first).
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

    private static async Task<IPage> OpenWorklistAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login?ReturnUrl=%2Fwerklijst");
        await page.GetByLabel("E-mailadres").FillAsync("behandelaar@focus.example");
        await page.GetByLabel("Wachtwoord").FillAsync("Demo!2026focus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync("**/werklijst");
        // The circuit is up once Blazor has rendered interactively: wait for its connection to settle.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(500);
        return page;
    }
}
