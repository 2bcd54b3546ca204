using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// Starts the built Focus.Quality host as a separate process on 127.0.0.1 with a fresh SQLite folder and demo users,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("focus-browser-").FullName;
    private Process? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; } = $"http://127.0.0.1:{FreePort()}";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = Process.Start(HostStartInfo()) ?? throw new InvalidOperationException("Could not start the app.");
        _host.OutputDataReceived += (_, _) => { };
        _host.ErrorDataReceived += (_, _) => { };
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();
        await WaitUntilServingAsync();

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}; the README's test command installs Debian's chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL", TimezoneId = "Europe/Amsterdam" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task LogInAsync(IPage page, string email, string returnUrl)
    {
        await page.GotoAsync($"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Demo!2026focus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>A staff member logs in, registers an e-mail complaint and lands on its case page; returns the case reference.</summary>
    public async Task<string> RegisterCaseAsync(IPage page, string staffEmail, string complainant, string description)
    {
        await LogInAsync(page, staffEmail, "/klachten/registreren");
        await page.WaitForURLAsync("**/klachten/registreren");
        await page.GetByLabel("Naam").FillAsync(complainant);
        await page.GetByLabel("E-mailadres").FillAsync("klager@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync(description);
        await RetryAsync(page, () => page.Locator("[data-testid=register]").ClickAsync(), () => page.WaitForURLAsync(new Regex(@"/zaken/KL-"), new() { Timeout = 3000 }));
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// Repeats an action until its effect shows: a Blazor Server page is first served as HTML and becomes interactive when
    /// its circuit connects, so a click before that is lost; and a new case reaches the worklist a moment after intake.
    /// </summary>
    public async Task RetryAsync(IPage page, Func<Task> action, Func<Task> effect)
    {
        for (var attempt = 1; ; attempt++)
        {
            await action();
            try
            {
                await effect();
                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is TimeoutException or PlaywrightException)
            {
                await page.WaitForTimeoutAsync(500);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }

        _host?.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private ProcessStartInfo HostStartInfo()
    {
        var hostProject = Path.Combine(RepositoryRoot(), "src", "Host");
        var configuration = typeof(RunningApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var hostDll = Path.Combine(hostProject, "bin", configuration, "net10.0", "Focus.Quality.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", BaseUrl])
        {
            WorkingDirectory = hostProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataDirectory"] = _dataDirectory;
        // The load test submits hundreds of complaints from one address; rate limiting has its own integration tests.
        start.Environment["RateLimiting__PublicIntakePermitLimit"] = "100000";
        return start;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_host!.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_host.ExitCode} before serving.");
            }

            try
            {
                if ((await http.GetAsync($"{BaseUrl}/login")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not answer on {BaseUrl} within 90 seconds.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Focus.Quality.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Focus.Quality.sln not found above the test folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
