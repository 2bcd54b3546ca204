using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Mail;

public sealed record MailAttachment(string FileName, string ContentType, string DocumentKey);

/// <summary>
/// An e-mail to send, published through the sending module's outbox in the same transaction as the change it reports,
/// so a letter is never recorded as sent without its mail being queued (and the other way round). A mail about a case
/// names it in <paramref name="CaseReference"/> with its <paramref name="Topic"/> (<see cref="MailTopics"/>): its
/// Message-ID then lets a reply find the case (<see cref="MailThread"/>).
/// </summary>
public sealed record MailRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string To,
    string Subject,
    string Body,
    IReadOnlyList<MailAttachment> Attachments,
    string? CaseReference = null,
    string? Topic = null) : IIntegrationEvent;
