using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.TriageMail;

internal sealed class MailboxCounts(MailTriage triage) : IMailboxCounts
{
    public async Task<MailboxCount> CountAsync(CancellationToken cancellationToken)
    {
        var open = await triage.OpenAsync(cancellationToken);
        return new MailboxCount(open.Count, open.Count(m => m.Overdue));
    }
}
