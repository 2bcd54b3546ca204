using Focus.Quality.Intake.Domain;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>What the poller keeps of a message besides its .eml; <see cref="Attachments"/> are not yet checked.</summary>
internal sealed record ParsedMail(
    string MessageId,
    InboxMailKind Kind,
    string? FromAddress,
    string? FromName,
    string? Subject,
    string? Text,
    string? InReplyTo,
    string? References,
    string? Note,
    IReadOnlyList<MailAttachment> Attachments);

internal sealed record MailAttachment(string FileName, byte[] Content);
