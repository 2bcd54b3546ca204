using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Portal;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Satisfaction;

/// <summary>What the complainant sends: a score 1–5, whether the complaint was resolved ("ja"/"nee") and an optional comment.</summary>
internal sealed class SatisfactionForm
{
    public int? Score { get; set; }

    public string? Resolved { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// Stores the one satisfaction answer of a closed case. A "nee" does not reopen the case: it becomes a signal for the
/// quality officers, an e-mail naming the case, besides the entry on its timeline.
/// </summary>
internal sealed class SatisfactionHandler(HandlingDbContext db, IStaffDirectory staff, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const int MaxCommentLength = 2000;
    public const string Yes = "ja";
    public const string No = "nee";

    public async Task<bool> AnsweredAsync(string reference, CancellationToken cancellationToken) =>
        await db.Cases.Where(c => c.Reference == reference).SelectMany(c => c.Timeline).AnyAsync(e => e.Kind == TimelineKind.SatisfactionGiven, cancellationToken);

    public async Task<Result<bool>> AnswerAsync(string reference, SatisfactionForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (form.Score is not (>= Case.MinScore and <= Case.MaxScore))
        {
            errors[nameof(SatisfactionForm.Score)] = [text["Satisfaction.ScoreRequired"]];
        }

        if (form.Resolved is not (Yes or No))
        {
            errors[nameof(SatisfactionForm.Resolved)] = [text["Satisfaction.ResolvedRequired"]];
        }

        var comment = form.Comment?.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            errors[nameof(SatisfactionForm.Comment)] = [text["Satisfaction.CommentTooLong", MaxCommentLength]];
        }

        if (errors.Count > 0)
        {
            return Result<bool>.Invalid(errors);
        }

        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null || @case.HasSatisfactionAnswer || @case.StateCategory != WorkflowStateCategory.Closed)
        {
            return Result<bool>.Conflict(text["Satisfaction.AlreadyAnswered"]);
        }

        var now = clock.GetUtcNow();
        var resolved = form.Resolved == Yes;
        db.Publish(@case.GiveSatisfaction(form.Score!.Value, resolved, string.IsNullOrEmpty(comment) ? null : comment, StatusQuery.ReadByComplainant, now));
        if (!resolved)
        {
            foreach (var officer in await staff.InRoleAsync(AppRoles.QualityOfficer, cancellationToken))
            {
                db.Publish(DutchLetters.Compose(() => new MailRequested(
                    Guid.CreateVersion7(), now, officer.Email, text["Mail.NotSatisfied.Subject", reference],
                    text["Mail.NotSatisfied.Body", reference, form.Score.Value, string.IsNullOrEmpty(comment) ? text["Satisfaction.NoComment"].Value : comment], [])));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<bool>.Success(true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Portal.Answer.TryAgain"]);
        }
    }
}
