namespace Focus.Quality.Intake.Contracts;

/// <summary>
/// The mails of the complaints mailbox that wait for a handler: <paramref name="Overdue"/> of them were not handled
/// within a working day of their arrival.
/// </summary>
public sealed record MailboxCount(int Waiting, int Overdue);

/// <summary>For the worklist: how many mails wait in "Postvak klachten", so nobody has to look there to know.</summary>
public interface IMailboxCounts
{
    Task<MailboxCount> CountAsync(CancellationToken cancellationToken);
}
