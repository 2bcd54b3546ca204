using Focus.Quality.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Rules.Versions;

/// <summary>
/// Picks up rule sets another app instance published on the same database. The instance that publishes switches at
/// once; the others within <see cref="RulesOptions.RefreshInterval"/>. A case always records the version it got.
/// </summary>
/// <remarks>
/// It polls on the system clock, not the injected one: it watches the database, not the calendar, and a test that moves
/// the application's clock years ahead would otherwise run it once for every interval in between.
/// </remarks>
internal sealed class PublishedRulesRefresh(IServiceScopeFactory scopes, IOptions<RulesOptions> options, ILogger<PublishedRulesRefresh> logger)
    : PeriodicJob(TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.RefreshInterval;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<RuleSetVersions>().LoadPublishedAsync(cancellationToken))
        {
            logger.LogInformation("Rule sets published by another instance are now in use");
        }
    }
}
