using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Jobs;
using Focus.Quality.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Intake.Privacy;

/// <summary>
/// Mails that never joined a case (set aside, recorded as a signal, auto-replies, bounces, unreadable ones) are kept no
/// longer than a closed case: after the same retention period their .eml and attachments are deleted and the item
/// anonymised. Mails on a case go with the case (<see cref="AnonymiseComplaint"/>).
/// </summary>
internal sealed class MailRetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<MailRetentionJob> logger)
    : PeriodicJob(clock, logger)
{
    private const int MailsPerRound = 200;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var before = Clock.GetUtcNow().AddMonths(-options.Value.Months);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        // An open mail of a person waits for a handler however long it takes; what no person wrote goes after the period.
        var due = await db.InboxMails.Include(m => m.Attachments)
            .Where(m => m.Note == null || m.Note != Anonymised.Text)
            .Where(m => (m.Kind != InboxMailKind.Mail && m.StoredAt < before)
                || ((m.Status == InboxMailStatus.SetAside || m.Status == InboxMailStatus.RecordedAsSignal) && m.HandledAt < before))
            .OrderBy(m => m.StoredAt)
            .Take(MailsPerRound)
            .ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            // Files first: a failed commit leaves the item for the next round, never a file nobody points to.
            await DeleteFilesAsync(documents, mail, cancellationToken);
            mail.Anonymise();
        }

        await db.SaveChangesAsync(cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("{Count} mails not on any case anonymised after the retention period of {Months} months", due.Count, options.Value.Months);
        }
    }

    public static async Task DeleteFilesAsync(IDocumentStore documents, InboxMail mail, CancellationToken cancellationToken)
    {
        await documents.DeleteAsync(mail.EmlDocumentKey, cancellationToken);
        foreach (var attachment in mail.Attachments)
        {
            await documents.DeleteAsync(attachment.DocumentKey, cancellationToken);
        }
    }
}
