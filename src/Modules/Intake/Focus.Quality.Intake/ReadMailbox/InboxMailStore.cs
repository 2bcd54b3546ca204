using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>
/// Stores a message read from a mailbox as an inbox item: its .eml and accepted attachments in the document store,
/// the item in one transaction. A message whose Message-ID is already stored adds nothing, whether it is read again
/// after a crash before the server-side move or by a second instance at the same time (the unique index decides).
/// </summary>
internal sealed class InboxMailStore(
    IServiceScopeFactory scopes, IDocumentStore documents, MailParser parser, IOptions<UploadOptions> uploads, WriteTurns turns, TimeProvider clock)
{
    private const string Module = "intake";

    /// <returns>Whether this call stored it (false: an item for this message already existed).</returns>
    public async Task<bool> StoreAsync(MailboxMessage message, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(message.Raw);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        if (await db.InboxMails.AnyAsync(m => m.MessageId == parsed.MessageId, cancellationToken))
        {
            return false;
        }

        var stored = new List<string>();
        try
        {
            var mail = await ItemAsync(message, parsed, stored, cancellationToken);
            using var turn = await turns.TakeAsync(db, cancellationToken);
            db.InboxMails.Add(mail);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception)
        {
            await DeleteAsync(stored);
            if (await AlreadyStoredAsync(parsed.MessageId))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<InboxMail> ItemAsync(MailboxMessage message, ParsedMail parsed, List<string> stored, CancellationToken cancellationToken)
    {
        var eml = await documents.SaveAsync(Module, ".eml", message.Raw, cancellationToken);
        stored.Add(eml);
        var attachments = new List<InboxMailAttachment>();
        var refused = new List<string>();
        foreach (var attachment in parsed.Attachments)
        {
            using var content = new MemoryStream(attachment.Content, writable: false);
            var (upload, problem) = await Uploads.CheckAsync(attachment.FileName, content, uploads.Value, cancellationToken);
            if (upload is null)
            {
                refused.Add(RefusalNote(attachment.FileName, problem!.Value));
                continue;
            }

            var key = await documents.SaveAsync(Module, upload.Extension, upload.Bytes, cancellationToken);
            stored.Add(key);
            attachments.Add(new InboxMailAttachment { Id = Guid.CreateVersion7(), FileName = upload.FileName, ContentType = upload.ContentType, DocumentKey = key });
        }

        var note = string.Join(' ', new[] { parsed.Note }.Concat(refused).Where(n => n is not null));
        return new InboxMail
        {
            Id = Guid.CreateVersion7(),
            MessageId = parsed.MessageId,
            Mailbox = message.Mailbox,
            UidValidity = message.UidValidity,
            Uid = message.Uid,
            ArrivedAt = message.ArrivedAt,
            StoredAt = clock.GetUtcNow(),
            EmlDocumentKey = eml,
            Kind = parsed.Kind,
            FromAddress = parsed.FromAddress,
            FromName = parsed.FromName,
            Subject = parsed.Subject,
            Text = parsed.Text,
            InReplyTo = parsed.InReplyTo,
            References = parsed.References,
            Note = note.Length == 0 ? null : note[..Math.Min(note.Length, InboxMailLimits.Note)],
            Attachments = attachments,
        };
    }

    private static string RefusalNote(string fileName, UploadProblem problem) => problem switch
    {
        UploadProblem.TooLarge => $"Bijlage '{fileName}' is geweigerd: te groot. Ze staat nog in het originele bericht.",
        UploadProblem.ContentMismatch => $"Bijlage '{fileName}' is geweigerd: de inhoud past niet bij het bestandstype. Ze staat nog in het originele bericht.",
        _ => $"Bijlage '{fileName}' is geweigerd: dit bestandstype wordt niet aangenomen. Ze staat nog in het originele bericht.",
    };

    private async Task<bool> AlreadyStoredAsync(string messageId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        return await db.InboxMails.AnyAsync(m => m.MessageId == messageId);
    }

    private async Task DeleteAsync(List<string> keys)
    {
        foreach (var key in keys)
        {
            await documents.DeleteAsync(key, CancellationToken.None);
        }
    }
}

/// <summary>A message as the server holds it: where it is (UIDVALIDITY and UID), when it arrived, and its bytes.</summary>
internal sealed record MailboxMessage(string Mailbox, long UidValidity, long Uid, DateTimeOffset ArrivedAt, byte[] Raw);
