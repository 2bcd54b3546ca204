using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>
/// One round over one mailbox: every message still in the folder is stored, and only after its item is committed is it
/// moved to the processed folder. A message left behind by a crash in between is read again next round and, its
/// Message-ID being stored already, only moved.
/// </summary>
internal sealed class MailboxReader(InboxMailStore store, IProcessedMailMover mover, MailboxSignIn signIn)
{
    /// <returns>How many messages this round stored.</returns>
    public async Task<int> ReadAsync(string name, MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("read mailbox");
        activity?.SetTag("focus.mailbox", name);
        using var client = new ImapClient();
        await client.ConnectAsync(mailbox.Host, mailbox.Port, mailbox.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        await signIn.AuthenticateAsync(client, mailbox, cancellationToken);
        var folder = await client.GetFolderAsync(mailbox.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processed = await ProcessedFolderAsync(client, mailbox.ProcessedFolder, cancellationToken);
        var stored = 0;
        var uids = await folder.SearchAsync(SearchQuery.All, cancellationToken);
        foreach (var summary in await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, cancellationToken))
        {
            if (await ContentAsync(folder, summary.UniqueId, cancellationToken) is not { } content)
            {
                continue;
            }

            var arrivedAt = summary.InternalDate ?? throw new ImapProtocolException("The server gave no arrival time (INTERNALDATE).");
            var message = new MailboxMessage(name, folder.UidValidity, summary.UniqueId.Id, arrivedAt.ToUniversalTime(), content);
            if (await store.StoreAsync(message, cancellationToken))
            {
                stored++;
                IntakeTelemetry.MailsStored.Add(1);
            }

            await mover.MoveAsync(folder, summary.UniqueId, processed, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return stored;
    }

    /// <returns>
    /// Null when a second instance moved the message away since this round listed it: MailKit then throws, or dovecot
    /// hands out no bytes at all (an empty item was seen in the two-instance test). A message that truly has no bytes
    /// holds nothing to keep; it stays on the server.
    /// </returns>
    private static async Task<byte[]?> ContentAsync(IMailFolder folder, UniqueId uid, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new MemoryStream();
            await using var stream = await folder.GetStreamAsync(uid, cancellationToken);
            await stream.CopyToAsync(content, cancellationToken);
            return content.Length == 0 ? null : content.ToArray();
        }
        catch (MessageNotFoundException)
        {
            return null;
        }
    }

    private static async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await root.GetSubfolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new ImapProtocolException($"The server did not create the folder {name}.");
        }
    }
}
