using MailKit.Net.Imap;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>Signs in to a mailbox with its user name and password.</summary>
internal sealed class MailboxSignIn
{
    public Task AuthenticateAsync(ImapClient client, MailboxOptions mailbox, CancellationToken cancellationToken) =>
        client.AuthenticateAsync(mailbox.UserName, mailbox.Password ?? "", cancellationToken);
}
