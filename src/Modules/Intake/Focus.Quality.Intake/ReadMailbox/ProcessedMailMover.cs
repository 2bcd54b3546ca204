using MailKit;
using MailKit.Net.Imap;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>The step after the commit; apart so the fault test can let the poller die exactly between the two.</summary>
internal interface IProcessedMailMover
{
    Task MoveAsync(IMailFolder folder, UniqueId uid, IMailFolder processed, CancellationToken cancellationToken);
}

/// <summary>
/// Moves (IMAP MOVE, or copy and expunge where the server lacks it). A server's NO is mostly a second instance having
/// moved the message first; it needs no error, because a message a NO really left behind is read again next round and,
/// its item existing, only moved.
/// </summary>
internal sealed class ProcessedMailMover : IProcessedMailMover
{
    public async Task MoveAsync(IMailFolder folder, UniqueId uid, IMailFolder processed, CancellationToken cancellationToken)
    {
        try
        {
            await folder.MoveToAsync(uid, processed, cancellationToken);
        }
        catch (ImapCommandException refused) when (refused.Response == ImapCommandResponse.No)
        {
        }
    }
}
