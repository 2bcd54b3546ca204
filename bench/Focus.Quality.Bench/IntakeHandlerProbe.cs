using System.Diagnostics;
using Focus.Quality.Intake;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.RegisterComplaint;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Focus.Quality.Bench;

/// <summary>The intake use case alone, in-process and on one thread: what one registration costs without HTTP.</summary>
internal static class IntakeHandlerProbe
{
    public static async Task<double> MillisecondsPerRegistrationAsync(int count)
    {
        var directory = Directory.CreateTempSubdirectory("focus-intake-probe-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = directory,
                // Nothing delivers here, so intake must not wait for delivery either.
                ["Outbox:DispatchEnabled"] = "false",
            }).Build();
            var services = new ServiceCollection()
                .AddLogging()
                .AddLocalization()
                .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = directory })
                .AddSingleton(TimeProvider.System)
                .Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section))
                .AddOutbox(configuration)
                .AddIntakeModule()
                .BuildServiceProvider();
            await services.MigrateModuleDatabasesAsync();
            // Long enough a warm-up for tiered PGO to finish optimising the path.
            const int warmUp = 3000;
            var watch = new Stopwatch();
            for (var i = 0; i < warmUp + count; i++)
            {
                if (i == warmUp)
                {
                    watch.Start();
                }

                await using var scope = services.CreateAsyncScope();
                var submission = new ComplaintSubmission(
                    ComplaintChannel.WebForm, DateTimeOffset.UtcNow, ComplaintCategory.Treatment, $"Indiener {i}", "indiener@example.org", null,
                    ContactPreference.Email, "Mijn adviseur belt niet terug en de afspraak is drie keer verzet.", null, null);
                var result = await scope.ServiceProvider.GetRequiredService<RegisterComplaintHandler>().HandleAsync(submission, null, CancellationToken.None);
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
                }
            }

            await services.DisposeAsync();
            return watch.Elapsed.TotalMilliseconds / count;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
