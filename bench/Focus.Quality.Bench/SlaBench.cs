using System.Diagnostics;
using System.Globalization;
using Focus.Quality.Bench.Seeding;
using Focus.Quality.Reporting;
using Focus.Quality.Reporting.Excel;
using Focus.Quality.Reporting.Sla;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Focus.Quality.Bench;

/// <summary>
/// The SLA workbook over N seeded complaints, against a baseline in the same run: a plain OpenXmlWriter of the same rows
/// into a one-sheet workbook. Each measurement runs in its own child process so its peak memory (VmHWM) is its own.
/// </summary>
internal static class SlaBench
{
    private static readonly SlaFilter Everything = new(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));

    public static async Task RunAsync(string[] sizes)
    {
        var counts = sizes.Length == 0 ? [1_000, 100_000, 1_000_000] : sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Console.WriteLine($"{"complaints",12} {"seed s",8} {"report s",9} {"report MB",10} {"baseline s",11} {"baseline MB",12} {"time ratio",11} {"xlsx MB",8}");
        foreach (var count in counts)
        {
            var directory = Directory.CreateTempSubdirectory("focus-sla-bench-").FullName;
            try
            {
                var seed = Stopwatch.StartNew();
                await using (var services = Services(directory))
                {
                    await SlaSeed.SeedAsync(services, count);
                }

                seed.Stop();
                var report = Child("report", directory);
                var baseline = Child("baseline", directory);
                Console.WriteLine(
                    $"{count,12:N0} {seed.Elapsed.TotalSeconds,8:F1} {report.Seconds,9:F1} {report.PeakMb,10:N0} {baseline.Seconds,11:F1} {baseline.PeakMb,12:N0} {report.Seconds / baseline.Seconds,10:F2}x {report.Bytes / 1e6,8:F1}");
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>One measured run: prints seconds, peak resident memory and file size on one line for the parent.</summary>
    public static async Task MeasureAsync(string[] args)
    {
        var (mode, directory) = (args[0], args[1]);
        var file = Path.Combine(directory, $"{mode}.xlsx");
        await using var services = Services(directory);
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await using (var target = File.Create(file))
        {
            if (mode == "report")
            {
                await scope.ServiceProvider.GetRequiredService<SlaReport>().WriteAsync(target, Everything, null, CancellationToken.None);
            }
            else
            {
                await PlainWorkbook.WriteAsync(target, scope.ServiceProvider.GetRequiredService<SlaQuery>().RowsAsync(Everything));
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds};{PeakResidentMb()};{new FileInfo(file).Length}"));
        File.Delete(file);
    }

    private static ServiceProvider Services(string directory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = directory }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = directory })
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IStaffDirectory, AccountsAsNames>()
            .Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddReportingModule(configuration);
        return services.BuildServiceProvider();
    }

    private static (double Seconds, double PeakMb, long Bytes) Child(string mode, string directory)
    {
        var self = Environment.ProcessPath!;
        var arguments = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new[] { typeof(SlaBench).Assembly.Location } : [];
        var start = new ProcessStartInfo(self, [.. arguments, "sla-child", mode, directory]) { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var parts = output.Trim().Split('\n')[^1].Split(';');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The process's peak resident set (VmHWM), what "peak memory" means on Linux.</summary>
    private static double PeakResidentMb() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0).Single();

    /// <summary>The bench has no user store: handlers keep their account names, as a directory without names would give.</summary>
    private sealed class AccountsAsNames : IStaffDirectory
    {
        public Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<StaffMember>>([]);

        public Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

        public Task<StaffSignature> SignatureOfAsync(string userName, CancellationToken cancellationToken) => Task.FromResult(new StaffSignature(userName, "Klachtbehandelaar"));
    }
}
