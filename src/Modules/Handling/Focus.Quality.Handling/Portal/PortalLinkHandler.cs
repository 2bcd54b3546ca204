using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Portal;

/// <summary>The handler ends the complainant's links (a link that reached the wrong person) or sends a new one.</summary>
internal sealed class PortalLinkHandler(
    HandlingDbContext db, PortalLinks links, IComplaintDirectory complaints, IStaffDirectory staff, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    /// <summary>Ends every link and e-mails the complainant a new one; without an e-mail address nothing changes.</summary>
    public async Task<Result<bool>> RenewAsync(string reference, string by, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        if ((await complaints.FindAsync(reference, cancellationToken))?.Email is not { } email)
        {
            return Result<bool>.Conflict(text["Portal.Link.NoEmail"]);
        }

        var now = clock.GetUtcNow();
        await links.RevokeAllAsync(reference, now, cancellationToken);
        var link = links.Issue(reference, now);
        var signature = await staff.SignatureOfAsync(by, cancellationToken);
        db.Publish(DutchLetters.Compose(() => new MailRequested(
            Guid.CreateVersion7(), now, email, text["Mail.PortalLink.Subject", reference],
            text["Mail.PortalLink.Body", @case.ComplainantName, reference, link, signature.Name, signature.Function], [], reference, MailTopics.PortalLink)));
        @case.RecordStep(TimelineKind.PortalLinkRenewed, by, null, now);
        return await SaveAsync(cancellationToken);
    }

    public async Task<Result<bool>> RevokeAsync(string reference, string by, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        var now = clock.GetUtcNow();
        await links.RevokeAllAsync(reference, now, cancellationToken);
        @case.RecordStep(TimelineKind.PortalLinkRevoked, by, null, now);
        return await SaveAsync(cancellationToken);
    }

    private async Task<Result<bool>> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<bool>.Success(true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Common.ChangedByOther"]);
        }
    }
}
