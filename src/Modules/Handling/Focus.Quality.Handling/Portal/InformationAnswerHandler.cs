using Focus.Quality.Handling.Attachments;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Portal;

/// <summary>A file the complainant sends with an answer, as the browser named it.</summary>
internal sealed record AnswerFile(string FileName, Stream Content);

/// <summary>The complainant's last answer as the status page shows it back to them.</summary>
internal sealed record SentAnswer(DateOnly On, string Text, IReadOnlyList<string> Files);

/// <summary>What the status page offers about information requests: the open question, else the answer given to the last one.</summary>
internal sealed record InformationAnswerState(string? OpenRequest, SentAnswer? LastAnswer);

/// <summary>
/// The complainant answers an information request on the status page: the answer and its files go on the case, the paused
/// response term runs again from today with the paused days added (as when the handler resumes it), and the assigned
/// handler gets an e-mail. Every file is checked before anything is stored, so a refused one changes nothing.
/// </summary>
internal sealed class InformationAnswerHandler(
    HandlingDbContext db, IDocumentStore documents, IOptions<UploadOptions> uploads, IWorkingDayCalendar calendar, IStaffDirectory staff,
    IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const int MaxAnswerLength = 4000;
    public const int MaxFiles = 5;
    public const string AnswerField = "Answer";
    public const string FilesField = "Files";

    public async Task<InformationAnswerState> StateAsync(string reference, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.Timeline).Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return new InformationAnswerState(null, null);
        }

        var timeline = @case.Timeline.OrderBy(e => e.Sequence).ToList();
        var request = timeline.LastOrDefault(e => e.Kind == TimelineKind.InformationRequested);
        if (request is not null && @case.Term(TermCodes.Response)?.PausedOn is not null)
        {
            return new InformationAnswerState(request.Details, null);
        }

        var answer = timeline.LastOrDefault(e => e.Kind == TimelineKind.InformationReceived);
        return answer is null || (request is not null && answer.Sequence < request.Sequence)
            ? new InformationAnswerState(null, null)
            : new InformationAnswerState(null, new SentAnswer(
                AmsterdamTime.DateOf(answer.At),
                answer.Details ?? string.Empty,
                [.. @case.Documents.Where(d => d.CreatedAt == answer.At && d.CreatedBy == StatusQuery.ReadByComplainant).Select(d => d.FileName)]));
    }

    public async Task<Result<bool>> AnswerAsync(string reference, string? answer, IReadOnlyList<AnswerFile> files, CancellationToken cancellationToken)
    {
        var (checkedFiles, errors) = await CheckAsync(answer?.Trim(), files, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<bool>.Invalid(errors);
        }

        var @case = await db.Cases.Include(c => c.Timeline).Include(c => c.Documents).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case?.Term(TermCodes.Response) is not { PausedOn: not null } term || !@case.IsOpenForHandling)
        {
            return Result<bool>.Conflict(text["Portal.Answer.NotOpen"]);
        }

        var now = clock.GetUtcNow();
        var stored = new List<CaseDocument>();
        try
        {
            foreach (var upload in checkedFiles)
            {
                stored.Add(new CaseDocument
                {
                    Id = Guid.CreateVersion7(),
                    Kind = DocumentKind.Attachment,
                    FileName = upload.FileName,
                    ContentType = upload.ContentType,
                    Size = upload.Bytes.Length,
                    DocumentKey = await documents.SaveAsync("handling", upload.Extension, upload.Bytes, cancellationToken),
                    CreatedAt = now,
                    CreatedBy = StatusQuery.ReadByComplainant,
                });
            }
        }
        catch (DocumentStoreUnavailableException)
        {
            return Result<bool>.Unavailable(text["Portal.Answer.Unavailable"]);
        }

        @case.ReceiveInformation(answer!.Trim(), stored, StatusQuery.ReadByComplainant, now);
        var resumed = @case.ResumeTerm(term, calendar, StatusQuery.ReadByComplainant, now);
        db.Publish(resumed);
        await MailHandlerAsync(@case, term, resumed.PausedDays, now, cancellationToken);
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

    private async Task<(List<CheckedUpload> Files, Dictionary<string, string[]> Errors)> CheckAsync(
        string? answer, IReadOnlyList<AnswerFile> files, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(answer) || answer.Length > MaxAnswerLength)
        {
            errors[AnswerField] = [text["Portal.Answer.TextRequired", MaxAnswerLength]];
        }

        var limits = uploads.Value;
        var accepted = new List<CheckedUpload>();
        var refused = new List<string>();
        if (files.Count > MaxFiles)
        {
            refused.Add(text["Portal.Answer.TooManyFiles", MaxFiles]);
        }
        else
        {
            foreach (var file in files)
            {
                var (upload, problem) = await Uploads.CheckAsync(file.FileName, file.Content, limits, cancellationToken);
                if (upload is null)
                {
                    refused.Add($"{Path.GetFileName(file.FileName)}: {AttachmentsHandler.Refusal(text, problem, file.FileName, limits)}");
                }
                else
                {
                    accepted.Add(upload);
                }
            }
        }

        if (refused.Count > 0)
        {
            errors[FilesField] = [.. refused, text["Portal.Answer.ChooseAgain"]];
        }

        return (accepted, errors);
    }

    private async Task MailHandlerAsync(Case @case, CaseTerm term, int pausedDays, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var handler = @case.AssignedTo is { } assigned
            ? (await staff.InRoleAsync(AppRoles.Handler, cancellationToken)).FirstOrDefault(s => s.UserName == assigned)
            : null;
        if (handler is not null)
        {
            db.Publish(DutchLetters.Compose(() => new MailRequested(
                Guid.CreateVersion7(), now, handler.Email, text["Mail.InformationAnswered.Subject", @case.Reference],
                text["Mail.InformationAnswered.Body", @case.Reference, pausedDays, DutchLetters.LongDate(term.DueDate)], [])));
        }
    }
}
