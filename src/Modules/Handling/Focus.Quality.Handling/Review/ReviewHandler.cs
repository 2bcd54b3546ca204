using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Review;

internal sealed class ReviewForm
{
    /// <summary>SubmitForReview, ApproveResponse or ReturnForRework.</summary>
    public string? Action { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// The review steps a quality officer can put in the workflow ("a second reader approves the response before it is
/// sent"). They exist in code; whether a case needs them, and who may take them, is the workflow's business.
/// </summary>
internal sealed class ReviewHandler(HandlingDbContext db, CaseWorkflow workflow, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const int MaxNoteLength = 4000;

    public static readonly IReadOnlyDictionary<string, TimelineKind> Steps = new Dictionary<string, TimelineKind>
    {
        [WorkflowActions.SubmitForReview] = TimelineKind.ReviewRequested,
        [WorkflowActions.ApproveResponse] = TimelineKind.ResponseApproved,
        [WorkflowActions.ReturnForRework] = TimelineKind.ReturnedForRework,
    };

    public async Task<Result<bool>> HandleAsync(string reference, ReviewForm form, string by, CancellationToken cancellationToken)
    {
        if (form.Action is null || !Steps.TryGetValue(form.Action, out var kind))
        {
            return Result<bool>.Invalid(nameof(ReviewForm.Action), text["Validation.UnknownReviewAction"]);
        }

        var note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            return Result<bool>.Invalid(nameof(ReviewForm.Note), text["Validation.TooLong", MaxNoteLength]);
        }

        if (kind == TimelineKind.ReturnedForRework && note is null)
        {
            return Result<bool>.Invalid(nameof(ReviewForm.Note), text["Validation.ReturnNeedsNote"]);
        }

        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        var answer = await workflow.AskAsync(@case, form.Action, by, cancellationToken);
        if (answer.Refusal is { } refusal)
        {
            return Result<bool>.Conflict(refusal);
        }

        var now = clock.GetUtcNow();
        @case.RecordStep(kind, by, note, now);
        @case.Move(answer.Move!, by, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<bool>.Success(true);
    }
}
