using Focus.Quality.Shared.Events;

namespace Focus.Quality.Intake.Contracts;

/// <summary>
/// A mail from the complaints mailbox now belongs to a case (it became the complaint, or it adds to one): the case
/// keeps the original .eml and the accepted attachments, and shows the mail as incoming communication.
/// <paramref name="AddsToCase"/>: the mail joins a case that already existed (a reply, more information), so its
/// handler is told.
/// </summary>
public sealed record MailLinkedToCase(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string CaseReference,
    DateTimeOffset ArrivedAt,
    string? Subject,
    IReadOnlyList<LinkedMailDocument> Documents,
    string LinkedBy,
    bool AddsToCase = false) : IIntegrationEvent;

/// <summary>A file of the mail in the document store; the case refers to the same key rather than copying it.</summary>
public sealed record LinkedMailDocument(string FileName, string ContentType, long Size, string DocumentKey);
