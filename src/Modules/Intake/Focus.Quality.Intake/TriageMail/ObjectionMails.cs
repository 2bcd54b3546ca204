using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.TriageMail;

internal sealed class ObjectionMails(IntakeDbContext db, TimeProvider clock) : IObjectionMails
{
    public async Task<IReadOnlyList<ObjectionMail>> WaitingAsync(CancellationToken cancellationToken) =>
        [.. (await db.InboxMails.AsNoTracking().Where(m => m.Status == InboxMailStatus.ForObjection).ToListAsync(cancellationToken))
            .OrderBy(m => m.ArrivedAt).Select(Of)];

    public async Task<ObjectionMail?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.InboxMails.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.Status == InboxMailStatus.ForObjection, cancellationToken) is { } mail
            ? Of(mail)
            : null;

    public async Task RegisteredAsync(Guid id, string by, CancellationToken cancellationToken)
    {
        var mail = await db.InboxMails.SingleAsync(m => m.Id == id, cancellationToken);
        if (mail.Status == InboxMailStatus.ForObjection)
        {
            mail.Decide(InboxMailStatus.RegisteredAsObjection, by, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static ObjectionMail Of(InboxMail mail) =>
        new(mail.Id, mail.CaseReference!, mail.ArrivedAt, mail.Subject, mail.Text, MailTriage.EmlFileName(mail), mail.EmlDocumentKey);
}
