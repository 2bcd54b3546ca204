using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Focus.Quality.BrowserTests;

/// <summary>
/// The built Focus.Quality host as a separate process on 127.0.0.1 over a SQLite data folder. It can be killed without
/// warning and started again on the same folder, as a crashed server would be.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private Process? _process;

    public AppProcess(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        DataDirectory = dataDirectory;
        _settings = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Database__DataDirectory"] = dataDirectory,
        };
    }

    public string DataDirectory { get; }

    public string BaseUrl { get; } = $"http://127.0.0.1:{FreePort()}";

    /// <summary>Starts the host, with <paramref name="overrides"/> on top of the settings given at construction.</summary>
    public async Task StartAsync(IReadOnlyDictionary<string, string>? overrides = null)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The app is already running.");
        }

        _process?.Dispose();
        _process = Process.Start(StartInfo(overrides)) ?? throw new InvalidOperationException("Could not start the app.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync();
    }

    /// <summary>SIGKILL: no graceful shutdown, no flushing, requests in flight are cut off.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? overrides)
    {
        var hostProject = Path.Combine(RepositoryRoot(), "src", "Host");
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var hostDll = Path.Combine(hostProject, "bin", configuration, "net10.0", "Focus.Quality.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", BaseUrl])
        {
            WorkingDirectory = hostProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // An app that lives for one test class is better off without tiered PGO, as the test process itself
        // (tests/Directory.Build.props): a start took 5.8–6.0 CPU-s without it against 6.4–6.7 with it. For the same
        // reason it keeps the code it first compiled (no second, optimising compilation of hot methods in the background)
        // and one garbage-collected heap instead of one per core: the test classes of one shared app and the status page
        // took 0.81–0.83 of the machine's CPU-seconds that way against the runtime's defaults for a long-lived server, in
        // each of four rounds alternating the two (81–103 against 99–127 CPU-s).
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCounting"] = "0";
        start.Environment["DOTNET_gcServer"] = "0";
        // Two apps, two browsers and the tests share two cores: a thread-pool thread that spins for work before it sleeps
        // takes CPU from all of them.
        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        foreach (var (key, value) in _settings.Concat(overrides ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before serving.");
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
