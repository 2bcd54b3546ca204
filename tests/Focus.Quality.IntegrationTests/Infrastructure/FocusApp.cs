using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>The real host on real SQLite files in a folder of its own; two instances on one folder share one database.</summary>
public sealed partial class FocusApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo!2026focus";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>An app with the default test settings, on a copy of databases an earlier app of this run created.</summary>
    public FocusApp()
        : this(SeededDataDirectory())
    {
    }

    // Migrating six module databases and seeding rules and demo users costs an app about half a second of CPU, and the
    // suite starts about a hundred apps; one app of the run does it for all of them. Apps with services of their own (a
    // fake clock, other rules) still create their databases themselves (NewDataDirectory).
    private static readonly Lazy<string> MigratedDatabases = new(() =>
    {
        var directory = NewDataDirectory();
        using (var app = new FocusApp(directory))
        {
            _ = app.Services;
        }

        // Closes the pooled connections, so the files are complete on disk (no write-ahead log left beside them).
        SqliteConnection.ClearAllPools();
        return directory;
    });

    internal FocusApp(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        DataDirectory = dataDirectory;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = dataDirectory,
            ["DemoUsers:Enabled"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:FirstRetryDelay"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:00.500",
            ["Outbox:Lease"] = "00:00:05",
            ["RateLimiting:PublicIntakePermitLimit"] = "1000",
            ["RateLimiting:LoginPermitLimit"] = "1000",
            ["RateLimiting:LoginPermitLimitPerAddress"] = "1000",
            // LibreOffice takes seconds of CPU per letter; only the tests about PDF/A turn it on.
            ["Letters:PdfA"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public static string NewDataDirectory() => Directory.CreateTempSubdirectory("focus-it-").FullName;

    /// <summary>
    /// A new folder with a copy of the databases an earlier app of this run migrated and seeded, for an app whose settings
    /// seed nothing differently (mail servers, limits, intervals).
    /// </summary>
    public static string SeededDataDirectory()
    {
        var directory = NewDataDirectory();
        foreach (var database in Directory.GetFiles(MigratedDatabases.Value))
        {
            File.Copy(database, Path.Combine(directory, Path.GetFileName(database)));
        }

        return directory;
    }

    public static string UserFor(string role) => role switch
    {
        AppRoles.Handler => "behandelaar@focus.example",
        AppRoles.Director => "directeur@focus.example",
        AppRoles.QualityOfficer => "kwaliteit@focus.example",
        AppRoles.Management => "management@focus.example",
        AppRoles.Administrator => "beheerder@focus.example",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>An API client signed in with an Identity bearer token for the demo user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string role)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email = UserFor(role), password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A browser-like client signed in through the login page, holding the sign-in cookie (and no Origin header).</summary>
    public async Task<HttpClient> CookieClientForAsync(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = UserFor(role),
            ["Input.Password"] = DemoPassword,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {role} through the login page gave {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Runs <paramref name="work"/> against the app's own services, e.g. to read a module's tables.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Identity hashes a password with 100,000 PBKDF2 rounds, about a tenth of a second of CPU for each demo user an app
        // seeds and each sign-in; the suite starts about a hundred apps and signs in hundreds of times. The number of rounds
        // is stored in each hash, so sign-ins stay correct; no test is about the hash's strength.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    private sealed record TokenResponse(string AccessToken);

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryField();
}
