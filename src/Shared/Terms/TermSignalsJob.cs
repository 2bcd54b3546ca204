using System.Diagnostics.Metrics;
using Focus.Quality.Shared.Jobs;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Terms;

public sealed class TermSignalsOptions
{
    public const string Section = "TermSignals";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// One job for the terms of every module: raises a warning when a term enters its warning window and a breach when it
/// passes. The state lives with the terms in each module's database, so a restart or a second instance raises nothing twice.
/// </summary>
internal sealed class TermSignalsJob(IServiceScopeFactory scopes, IOptions<TermSignalsOptions> options, TimeProvider clock, ILogger<TermSignalsJob> logger)
    : PeriodicJob(clock, logger)
{
    private const int BatchSize = 200;

    private static readonly Meter Meter = new("Focus.Quality.Terms");

    private static readonly Counter<long> Warnings =
        Meter.CreateCounter<long>("focus.term.warnings", description: "Warnings that a term is about to end, by module and term");

    private static readonly Counter<long> Breaches =
        Meter.CreateCounter<long>("focus.term.breaches", description: "Terms that passed without being met, by module and term");

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.Today(Clock);
        IReadOnlyList<(string Module, IReadOnlyList<Guid> Ids)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var signallers = scope.ServiceProvider.GetServices<ITermSignaller>().ToList();
            due = [.. await Task.WhenAll(signallers.Select(async s => (s.Module, await s.CandidatesAsync(today, BatchSize, cancellationToken))))];
        }

        foreach (var (module, ids) in due)
        {
            foreach (var id in ids)
            {
                // A scope per file: one file's conflict or failure does not hold back the others.
                await using var scope = scopes.CreateAsyncScope();
                var signaller = scope.ServiceProvider.GetServices<ITermSignaller>().Single(s => s.Module == module);
                foreach (var signal in await signaller.SignalAsync(id, today, cancellationToken))
                {
                    (signal.Breached ? Breaches : Warnings).Add(
                        1, new KeyValuePair<string, object?>("module", module), new KeyValuePair<string, object?>("term", signal.TermCode));
                }
            }
        }
    }
}

public static class TermSignalsRegistration
{
    /// <summary>Adds a module's signaller; the one job that runs them all is added with the first.</summary>
    public static IServiceCollection AddTermSignaller<TSignaller>(this IServiceCollection services)
        where TSignaller : class, ITermSignaller
    {
        services.AddOptions<TermSignalsOptions>().BindConfiguration(TermSignalsOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TermSignalsJob>());
        services.AddScoped<ITermSignaller, TSignaller>();
        return services;
    }
}
