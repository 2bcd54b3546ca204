using System.Security.Cryptography;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Shared.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>Reads a raw message into what an inbox item shows; a message it cannot read is still kept, with the reason.</summary>
internal sealed class MailParser(IOptions<MailOptions> mail)
{
    public ParsedMail Parse(byte[] raw)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return Unparseable(raw, $"Het bericht kon niet worden gelezen: {ex.Message}");
        }

        var from = message.From.Mailboxes.FirstOrDefault();
        if (from is null)
        {
            return Unparseable(raw, "Het bericht heeft geen leesbare afzender.");
        }

        var attachments = message.Attachments.OfType<MimePart>().Select(Attachment).ToList();
        return new ParsedMail(
            MessageIdOf(message.MessageId, raw),
            MailKinds.Of(message, from, OwnAddress()),
            Cut(from.Address, ComplaintLimits.Email),
            Cut(from.Name, ComplaintLimits.Name),
            Cut(message.Subject, InboxMailLimits.Header),
            Cut(MailText.Of(message), ComplaintLimits.Description),
            Cut(message.InReplyTo, InboxMailLimits.Header),
            Cut(string.Join(' ', message.References), InboxMailLimits.References),
            Note: null,
            attachments);
    }

    private static ParsedMail Unparseable(byte[] raw, string reason) =>
        new(MessageIdOf(null, raw), InboxMailKind.Unparseable, null, null, null, null, null, null, Cut(reason, InboxMailLimits.Note), []);

    /// <summary>Without a Message-ID the hash of the bytes stands in: the same message read twice still gets one item.</summary>
    private static string MessageIdOf(string? messageId, byte[] raw) =>
        string.IsNullOrWhiteSpace(messageId) || messageId.Length > InboxMailLimits.Header
            ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw))
            : messageId;

    private static MailAttachment Attachment(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return new MailAttachment(part.FileName ?? "bijlage", content.ToArray());
    }

    private string? OwnAddress() =>
        MailboxAddress.TryParse(mail.Value.From, out var own) ? own.Address : null;

    private static string? Cut(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
