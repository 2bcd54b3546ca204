using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.IncomingMail;

/// <summary>
/// Puts a mail from the complaints mailbox on its case: the .eml and its attachments as documents, the mail as incoming
/// communication at its arrival. The mail that became the complaint can arrive here before the case is opened; then
/// this fails and the outbox delivers it again once the case exists.
/// </summary>
internal sealed class AddMailToCase(HandlingDbContext db) : IIntegrationEventHandler<MailLinkedToCase>
{
    public async Task HandleAsync(MailLinkedToCase integrationEvent, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.Reference == integrationEvent.CaseReference, cancellationToken)
            ?? throw new InvalidOperationException($"Case {integrationEvent.CaseReference} is not open yet.");
        foreach (var document in integrationEvent.Documents)
        {
            @case.AddAttachment(new CaseDocument
            {
                Id = Guid.CreateVersion7(),
                Kind = DocumentKind.Attachment,
                FileName = document.FileName,
                ContentType = document.ContentType,
                Size = document.Size,
                DocumentKey = document.DocumentKey,
                CreatedAt = integrationEvent.OccurredAt,
                CreatedBy = integrationEvent.LinkedBy,
            }, integrationEvent.OccurredAt);
        }

        @case.LogCommunication(CommunicationChannel.Email, CommunicationDirection.Incoming, integrationEvent.ArrivedAt, integrationEvent.Subject ?? "", integrationEvent.LinkedBy);
    }
}
