using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.IncomingMail;

/// <summary>
/// Puts a mail from the complaints mailbox on its case: the .eml and its attachments as documents, the mail as incoming
/// communication at its arrival. The mail that became the complaint can arrive here before the case is opened; then
/// this fails and the outbox delivers it again once the case exists. A mail added to an existing case is mailed to
/// its handler, like a term warning: nobody watches every case's timeline.
/// </summary>
internal sealed class AddMailToCase(HandlingDbContext db, IStaffDirectory staff, IStringLocalizer<HandlingText> text) : IIntegrationEventHandler<MailLinkedToCase>
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
        if (integrationEvent.AddsToCase && await AssigneeAsync(@case, cancellationToken) is { } assignee)
        {
            db.Publish(DutchLetters.Compose(() => new MailRequested(
                Guid.CreateVersion7(), integrationEvent.OccurredAt, assignee.Email, text["Mail.IncomingMail.Subject", @case.Reference],
                text["Mail.IncomingMail.Body", @case.Reference, integrationEvent.ArrivedAt.ToLocalDisplay(), integrationEvent.Subject ?? "", integrationEvent.Documents.Count],
                [])));
        }
    }

    private async Task<StaffMember?> AssigneeAsync(Case @case, CancellationToken cancellationToken) =>
        @case.AssignedTo is { } assigned
            ? (await staff.InRoleAsync(AppRoles.Handler, cancellationToken)).FirstOrDefault(s => s.UserName == assigned)
            : null;
}
