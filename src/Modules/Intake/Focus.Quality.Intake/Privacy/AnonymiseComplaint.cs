using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.Privacy;

/// <summary>
/// Erases the complaint as filed once Handling has anonymised its case after the retention period, and the mails of the
/// case with it (their .eml and attachments too: a mail waiting for the director was never filed on the case).
/// </summary>
internal sealed class AnonymiseComplaint(IntakeDbContext db, IDocumentStore documents) : IIntegrationEventHandler<CaseAnonymised>
{
    public async Task HandleAsync(CaseAnonymised integrationEvent, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Reference == integrationEvent.Reference, cancellationToken);
        complaint?.Anonymise();
        foreach (var mail in await db.InboxMails.Include(m => m.Attachments).Where(m => m.CaseReference == integrationEvent.Reference).ToListAsync(cancellationToken))
        {
            await MailRetentionJob.DeleteFilesAsync(documents, mail, cancellationToken);
            mail.Anonymise();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
