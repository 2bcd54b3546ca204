using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// Starts the built Focus.Quality host as a separate process on 127.0.0.1 with a fresh SQLite folder and demo users,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public class RunningApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private readonly AppProcess _host;

    /// <summary>
    /// The app's and the browser's date: the procedure counts Amsterdam days, and the machine's own date is another day
    /// for an hour or two around midnight.
    /// </summary>
    public static DateTime Today => TimeZoneInfo.ConvertTime(DateTime.UtcNow, Amsterdam).Date;

    public RunningApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Settings of the app process on top of the test defaults.</param>
    protected RunningApp(IReadOnlyDictionary<string, string> settings)
    {
        // The load test submits hundreds of complaints from one address; rate limiting has its own integration tests. Each
        // letter's PDF/A costs LibreOffice seconds of CPU, which two cores running two apps and two browsers do not have
        // to spare; the conversion has its own integration tests, and the screens offer the .docx either way.
        var all = new Dictionary<string, string>(settings)
        {
            ["RateLimiting__PublicIntakePermitLimit"] = "100000",
            ["Letters__PdfA"] = "false",
            // Modules receive each other's events out of order now and then (a case's opening in the reports before its
            // registration); the one that came too early returns after the first retry delay, two seconds in production.
            // A screen test waits for the outcome, so it need not wait for production's back-off.
            ["Outbox__FirstRetryDelay"] = "00:00:00.200",
            ["Outbox__MaxRetryDelay"] = "00:00:02",
        };
        _host = new AppProcess(Directory.CreateTempSubdirectory("focus-browser-").FullName, all);
    }

    private IPlaywright? _playwright;
    private Lazy<Task<IBrowser>>? _browser;

    public string BaseUrl => _host.BaseUrl;

    /// <summary>The app's SQLite folder, for reading what it stored.</summary>
    public string DataDirectory => _host.DataDirectory;

    public async Task InitializeAsync()
    {
        await SeededDatabases.StartAsync(_host);
        // A state a test waits for (a saved case page, a drawn canvas) can take longer than Playwright's 5 s on two busy cores.
        Assertions.SetDefaultExpectTimeout(15_000);
        _browser = new Lazy<Task<IBrowser>>(LaunchChromiumAsync);
    }

    /// <summary>Chromium starts with the first page: a test class that only calls the API (the load test) needs none.</summary>
    private async Task<IBrowser> LaunchChromiumAsync()
    {
        // Chromium's old headless shell renders the same pages with about 40 % less CPU than the full browser in headless
        // mode, which on two cores is most of what the browser tests wait for.
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium-headless-shell";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}; the README's test command installs Debian's chromium-headless-shell.");
        }

        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A page in a context of its own (no cookies shared), at Playwright's 1280×720 unless <paramref name="viewport"/> says otherwise.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var browser = await _browser!.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL", TimezoneId = "Europe/Amsterdam", ViewportSize = viewport });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The quality officer publishes the opened draft: "Publiceren" first shows what changes and what it does to open
    /// cases, and nothing is published without a comment.
    /// </summary>
    public async Task PublishAsync(IPage page, string comment)
    {
        await page.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=publish-confirm]")).ToBeVisibleAsync();
        await page.Locator("textarea[data-testid=comment]").FillAsync(comment);
        await page.Locator("[data-testid=publish-confirmed]").ClickAsync();
    }

    public async Task LogInAsync(IPage page, string email, string returnUrl)
    {
        await page.GotoAsync($"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync("Demo!2026focus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // The first sign-in of a freshly started app (password hashing, first queries compiled) can outlast the default
        // 20 s on a busy machine: it did twice, for the workflow editor and for management's refused worklist.
        // The tests assert the address, never WaitForURLAsync: once the address matches, that also waits for the page's
        // "load" event, and twice on the workflow editor it never saw one (the log said "NetworkIdle event fired") and
        // failed a page that was there.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("^[a-z]+://[^/]+/login"), new() { Timeout = 45_000 });
    }

    /// <summary>An API client of the app signed in with a bearer token of <paramref name="staffEmail"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string staffEmail)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { email = staffEmail, password = "Demo!2026focus" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A staff member logs in, registers an e-mail complaint and lands on its case page; returns the case reference.</summary>
    public async Task<string> RegisterCaseAsync(IPage page, string staffEmail, string complainant, string description)
    {
        await LogInAsync(page, staffEmail, "/klachten/registreren");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/klachten/registreren$"));
        await page.GetByLabel("Naam").FillAsync(complainant);
        await page.GetByLabel("E-mailadres").FillAsync("klager@example.org");
        await page.GetByLabel("Omschrijving van de klacht").FillAsync(description);
        await RetryAsync(page, () => page.Locator("[data-testid=register]").ClickAsync(), () => Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/zaken/KL-"), new() { Timeout = 3000 }));
        await WaitForCaseAsync(page);
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// Waits until the case page shows the case. A new complaint reaches Handling through the outbox; on a loaded machine
    /// (all test assemblies at once on two cores) that can outlast the page's own wait, which then asks to reload.
    /// </summary>
    public async Task WaitForCaseAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            try
            {
                await page.Locator("[data-testid=status]").WaitForAsync(new() { Timeout = 12_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await page.ReloadAsync();
            }
        }
    }

    /// <summary>
    /// Repeats an action until its effect shows: a Blazor Server page is first served as HTML and becomes interactive when
    /// its circuit connects, so a click before that is lost; and a new case reaches the worklist a moment after intake.
    /// When a repeat finds its control gone, an earlier attempt went through and only its effect is slow (a busy
    /// machine): from then on it waits for the effect alone, up to a minute in all.
    /// </summary>
    public async Task RetryAsync(IPage page, Func<Task> action, Func<Task> effect)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var acting = true;
        for (var attempt = 1; ; attempt++)
        {
            if (acting)
            {
                try
                {
                    await action();
                }
                catch (Exception ex) when (attempt > 1 && ex is TimeoutException or PlaywrightException)
                {
                    acting = false;
                }
            }

            try
            {
                await effect();
                return;
            }
            catch (Exception ex) when (DateTime.UtcNow < deadline && ex is TimeoutException or PlaywrightException)
            {
                await page.WaitForTimeoutAsync(500);
            }
            catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
            {
                throw new TimeoutException($"{ex.Message}\nAfter {attempt} attempts the page {page.Url} shows:\n{await VisibleTextAsync(page)}", ex);
            }
        }
    }

    /// <summary>What a user would read on the page when a step failed: a failed test says why the app refused it.</summary>
    private static async Task<string> VisibleTextAsync(IPage page)
    {
        try
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            return text.Length > 3000 ? text[..3000] : text;
        }
        catch (PlaywrightException ex)
        {
            return $"(unreadable: {ex.Message})";
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is { IsValueCreated: true })
        {
            await (await _browser.Value).DisposeAsync();
        }

        _playwright?.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_host.DataDirectory, recursive: true);
    }
}
