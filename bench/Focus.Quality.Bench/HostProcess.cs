using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Focus.Quality.Bench;

/// <summary>The built host (src/Host/bin/Release) as its own process on 127.0.0.1, over a fresh SQLite folder.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private readonly bool _ownsData;

    private HostProcess(Process process, string baseUrl, string dataDirectory, bool ownsData) =>
        (_process, BaseUrl, DataDirectory, _ownsData) = (process, baseUrl, dataDirectory, ownsData);

    public string BaseUrl { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    /// <summary>Resident memory of the host process (VmRSS), in kilobytes.</summary>
    public long ResidentKilobytes() =>
        long.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="environment">
    /// Production by default; the screens need Development, which serves Blazor's and MudBlazor's scripts from the build
    /// output (in Production only a published app has them).
    /// </param>
    /// <param name="settings">Extra environment variables for the host process.</param>
    /// <param name="dataDirectory">A folder to keep afterwards; by default a fresh one that goes with the host.</param>
    public static async Task<HostProcess> StartAsync(string environment = "Production", IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Focus.Quality.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Focus.Quality.sln not found above the benchmark.");
        }

        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var hostDll = Path.Combine(root.FullName, "src", "Host", "bin", configuration, "net10.0", "Focus.Quality.Host.dll");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var baseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var ownsData = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("focus-http-bench-").FullName;
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["Database__DataDirectory"] = dataDirectory,
                ["DemoUsers__Enabled"] = "true",
                ["RateLimiting__PublicIntakePermitLimit"] = "100000000",
                ["RateLimiting__LoginPermitLimit"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Outbox__DispatchEnabled"] = Environment.GetEnvironmentVariable("BENCH_DISPATCH") ?? "true",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await http.GetAsync($"{baseUrl}/login")).IsSuccessStatusCode)
                {
                    return new HostProcess(process, baseUrl, dataDirectory, ownsData);
                }
            }
            catch (HttpRequestException) when (attempt < 360 && !process.HasExited)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Ends the host and keeps its databases for reading.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsData)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
