using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Shared.Jobs;

/// <summary>
/// A background job that runs one round at start-up and then every <see cref="Interval"/> on the injected clock (so
/// tests can move time). A failed round is logged and the next round tries again; the work's state lives in the
/// database, so nothing is lost in between.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock the rounds run on; the job's own work reads "now" from it too.</summary>
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Job} failed; trying again next round", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
