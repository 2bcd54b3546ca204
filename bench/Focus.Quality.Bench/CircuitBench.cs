using System.Globalization;
using Microsoft.Playwright;

namespace Focus.Quality.Bench;

/// <summary>
/// Memory per idle Blazor Server circuit: N browser sessions (one Chromium, N contexts) each signed in as the handler
/// with the worklist open, against the host's memory with one such session. Resident memory of the host process.
/// </summary>
internal static class CircuitBench
{
    public static async Task RunAsync(string[] args)
    {
        var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        // Workstation GC with a small allocation budget: garbage is collected often, so resident memory follows what the
        // circuits keep rather than how much the server GC chose to reserve.
        await using var host = await HostProcess.StartAsync("Development", new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_GCgen0size"] = "0x200000",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });

        await OpenWorklistAsync(browser, host.BaseUrl);
        await Task.Delay(5000);
        var one = host.ResidentKilobytes();
        await HoldForHeapDumpAsync(host, "one circuit");
        for (var i = 1; i < sessions; i++)
        {
            await OpenWorklistAsync(browser, host.BaseUrl);
        }

        await Task.Delay(10_000);
        var all = host.ResidentKilobytes();
        await HoldForHeapDumpAsync(host, $"{sessions} circuits");
        var perCircuit = (all - one) / (double)(sessions - 1);
        Console.WriteLine($"host with 1 worklist circuit      {one / 1024.0,8:F1} MB");
        Console.WriteLine($"host with {sessions} worklist circuits   {all / 1024.0,8:F1} MB");
        Console.WriteLine($"per idle circuit                  {perCircuit,8:F0} KB   ({perCircuit / 250:F2}x Microsoft's ~250 KB for a minimal app)");
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

    private static async Task OpenWorklistAsync(IBrowser browser, string baseUrl)
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
    }
}
