using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>
/// Reads every configured mailbox each <see cref="MailboxOptions.PollInterval"/>; with none configured it does nothing.
/// A failed round (server away, wrong password) is logged and tried again next round: what was not moved stays on the
/// server, so nothing is lost in between.
/// </summary>
internal sealed class MailboxPolling(IOptions<MailboxesOptions> mailboxes, MailboxReader reader, TimeProvider clock, ILogger<MailboxPolling> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(mailboxes.Value.Select(mailbox => PollAsync(mailbox.Key, mailbox.Value, stoppingToken)));

    private async Task PollAsync(string name, MailboxOptions mailbox, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(mailbox.PollInterval, clock);
        do
        {
            try
            {
                await reader.ReadAsync(name, mailbox, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reading mailbox {Mailbox} failed; trying again next round", name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
