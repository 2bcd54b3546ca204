using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Portal;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.RequestInformation;

internal sealed record InformationRequest(string? Request);

/// <summary>
/// The handler asks the complainant for information; the response term is paused (opschorting) until the answer comes
/// or the handler resumes it, and then runs on with the paused days added to its due date.
/// </summary>
internal sealed class InformationRequestHandler(
    HandlingDbContext db, IComplaintDirectory complaints, IWorkingDayCalendar calendar, ITermRules termRules, PortalLinks links, IStaffDirectory staff,
    IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const int MaxRequestLength = 4000;

    public async Task<Result<bool>> RequestAsync(string reference, InformationRequest form, string by, CancellationToken cancellationToken)
    {
        var request = form.Request?.Trim();
        if (string.IsNullOrEmpty(request) || request.Length > MaxRequestLength)
        {
            return Result<bool>.Invalid(nameof(InformationRequest.Request), text["Validation.InformationRequest", MaxRequestLength]);
        }

        var @case = await LoadAsync(reference, cancellationToken);
        if (@case?.Term(TermCodes.Response) is not { } term)
        {
            return Result<bool>.NotFound();
        }

        if (!@case.IsOpenForHandling || !term.CanBePaused)
        {
            return Result<bool>.Conflict(text["InformationRequest.CannotPause"]);
        }

        var now = clock.GetUtcNow();
        var limits = await termRules.ComputeAsync(new TermRequest(TermTriggers.InformationRequested, now, @case.Channel.ToString(), @case.Category.ToString()), cancellationToken);
        db.Publish(@case.PauseTerm(term, request, limits.SingleOrDefault(t => t.Code == TermCodes.PauseLimit), by, now));

        if ((await complaints.FindAsync(reference, cancellationToken))?.Email is { } email)
        {
            var signature = await staff.SignatureOfAsync(by, cancellationToken);
            db.Publish(DutchLetters.Compose(() => new MailRequested(
                Guid.CreateVersion7(), now, email, text["Mail.InformationRequest.Subject", reference],
                text["Mail.InformationRequest.Body", @case.ComplainantName, reference, request, links.Issue(reference, now), signature.Name, signature.Function], [],
                reference, MailTopics.InformationRequest)));
        }

        return await SaveAsync(cancellationToken);
    }

    /// <summary>The handler lets the term run again from today.</summary>
    public async Task<Result<bool>> ResumeAsync(string reference, string by, CancellationToken cancellationToken)
    {
        var @case = await LoadAsync(reference, cancellationToken);
        if (@case?.Term(TermCodes.Response) is not { } term)
        {
            return Result<bool>.NotFound();
        }

        if (term.PausedOn is null)
        {
            return Result<bool>.Conflict(text["InformationRequest.NotPaused"]);
        }

        db.Publish(@case.ResumeTerm(term, calendar, by, clock.GetUtcNow()));
        return await SaveAsync(cancellationToken);
    }

    private Task<Case?> LoadAsync(string reference, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);

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
