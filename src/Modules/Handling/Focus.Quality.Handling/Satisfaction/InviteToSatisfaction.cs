using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Portal;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Satisfaction;

/// <summary>
/// When a case closes (its objection term passed, or its objection was concluded) a complainant with an e-mail address
/// gets one e-mail with a personal link to the satisfaction question; never a second one.
/// </summary>
internal sealed class InviteToSatisfaction(HandlingDbContext db, IComplaintDirectory complaints, PortalLinks links, IStringLocalizer<HandlingText> text)
    : IIntegrationEventHandler<CaseClosed>, IIntegrationEventHandler<ObjectionConcluded>
{
    /// <summary>The sub-page of the status page that asks the question.</summary>
    public const string Page = "tevredenheid";

    public Task HandleAsync(CaseClosed integrationEvent, CancellationToken cancellationToken) =>
        InviteAsync(integrationEvent.Reference, integrationEvent.OccurredAt, cancellationToken);

    public Task HandleAsync(ObjectionConcluded integrationEvent, CancellationToken cancellationToken) =>
        InviteAsync(integrationEvent.Reference, integrationEvent.OccurredAt, cancellationToken);

    private async Task InviteAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null || @case.IsInvitedToSatisfaction || @case.IsAnonymised || (await complaints.FindAsync(reference, cancellationToken))?.Email is not { } email)
        {
            return;
        }

        db.Publish(DutchLetters.Compose(() => new MailRequested(
            Guid.CreateVersion7(), now, email, text["Mail.Satisfaction.Subject", reference],
            text["Mail.Satisfaction.Body", @case.ComplainantName, reference, links.Issue(reference, now, Page)], [])));
        @case.InvitedToSatisfaction(email, now);
    }
}
