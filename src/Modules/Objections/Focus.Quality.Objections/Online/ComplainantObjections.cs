using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Hearings;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Register;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Objections.Steps;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Procedure;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Objections.Online;

/// <summary>The complainant's side of the objection, for the status page: make one online, see where it stands.</summary>
internal sealed class ComplainantObjections(
    ObjectionsDbContext db,
    ObjectionRegistration registration,
    ObjectionSteps steps,
    HearingHandler hearings,
    TimeProvider clock,
    IComplaintDirectory complaints,
    IOptions<ProcedureOptions> procedure,
    IStringLocalizer<ObjectionsText> text) : IComplainantObjections
{
    /// <summary>Who registered an objection made on the status page, on the objection and the case's timeline.</summary>
    public const string ByComplainant = "de klager via de statuspagina";

    public const string GroundsField = nameof(OnlineObjection.Grounds);

    public const string AttachmentsField = nameof(OnlineObjection.Attachments);

    private const int MaxAttachments = 5;

    public async Task<ComplainantObjection?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().Include(o => o.Timeline).SingleOrDefaultAsync(o => o.Reference == reference, cancellationToken);
        return objection is null ? null : ViewOf(objection);
    }

    public async Task<Result<ComplainantObjection>> SubmitAsync(OnlineObjection submission, CancellationToken cancellationToken)
    {
        using var activity = ObjectionsTelemetry.Source.StartActivity("register objection online");
        if (await FindAsync(submission.Reference, cancellationToken) is { } earlier)
        {
            return Result<ComplainantObjection>.Success(earlier);
        }

        var letter = await registration.LetterAsync(submission.Reference, cancellationToken);
        if (letter is null)
        {
            return Result<ComplainantObjection>.NotFound();
        }

        var (files, errors) = await CheckAsync(submission, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<ComplainantObjection>.Invalid(errors);
        }

        var complaint = await complaints.FindAsync(submission.Reference, cancellationToken);
        var result = await registration.RegisterAsync(
            letter, AmsterdamTime.DateOf(submission.SubmittedAt), submission.SubmittedAt, ReceivedVia.StatusPage, submission.Grounds!.Trim(), files, ByComplainant,
            submission.SubmittedAt, objection => Receipt(objection, complaint), cancellationToken);
        return result.Status switch
        {
            ResultStatus.Success => Result<ComplainantObjection>.Success(ViewOf(result.Value!)),
            // Two submits at once: the other one was saved first, and this one shows its receipt.
            ResultStatus.Conflict when await FindAsync(submission.Reference, cancellationToken) is { } other => Result<ComplainantObjection>.Success(other),
            _ => Result<ComplainantObjection>.Unavailable(result.Errors.Values.SelectMany(e => e).FirstOrDefault() ?? string.Empty),
        };
    }

    public async Task<Result<ComplainantObjection>> AnswerHearingAsync(string reference, HearingAnswer answer, CancellationToken cancellationToken)
    {
        var current = await FindAsync(reference, cancellationToken);
        if (current is null)
        {
            return Result<ComplainantObjection>.NotFound();
        }

        if (!current.AwaitsHearingAnswer)
        {
            // Answered before (a second click, the back button): the first answer stands.
            return Result<ComplainantObjection>.Success(current);
        }

        var result = answer == HearingAnswer.Waived
            ? await hearings.WaiveAsync(reference, new WaiveForm { WaivedOn = AmsterdamTime.Today(clock) }, ByComplainant, cancellationToken)
            : await steps.RunAsync(reference, o => o.CanConfirmHearing, null, ByComplainant, (objection, _, now) => objection.ConfirmHearing(ByComplainant, now), cancellationToken);
        return result.Status switch
        {
            ResultStatus.Success or ResultStatus.Conflict => Result<ComplainantObjection>.Success((await FindAsync(reference, cancellationToken))!),
            _ => Result<ComplainantObjection>.Unavailable(result.Errors.Values.SelectMany(e => e).FirstOrDefault() ?? string.Empty),
        };
    }

    /// <summary>Every problem at once, grounds and each refused file, so the complainant corrects the form in one go.</summary>
    private async Task<(List<IncomingFile> Files, Dictionary<string, string[]> Errors)> CheckAsync(OnlineObjection submission, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(submission.Grounds))
        {
            errors[GroundsField] = [text["Online.GroundsRequired"]];
        }
        else if (submission.Grounds.Length > 8000)
        {
            errors[GroundsField] = [text["Online.GroundsTooLong", 8000]];
        }

        var files = new List<IncomingFile>();
        var problems = new List<string>();
        if (submission.Attachments.Count > MaxAttachments)
        {
            problems.Add(text["Online.TooManyFiles", MaxAttachments]);
        }
        else
        {
            foreach (var file in submission.Attachments)
            {
                var (upload, problem) = await registration.CheckAsync(file.FileName, file.Content, cancellationToken);
                if (upload is null)
                {
                    problems.Add(text["Online.FileRefused", file.FileName, problem!]);
                }
                else
                {
                    files.Add(new IncomingFile(ObjectionDocumentKind.ComplainantAttachment, upload));
                }
            }
        }

        if (problems.Count > 0)
        {
            errors[AttachmentsField] = [.. problems];
        }

        return (files, errors);
    }

    /// <summary>The receipt by e-mail, queued with the objection itself: its own reference and what happens next.</summary>
    private IEnumerable<IIntegrationEvent> Receipt(Objection objection, ComplaintDetails? complaint)
    {
        if (complaint?.Email is not { } email)
        {
            yield break;
        }

        var received = objection.Timeline[0].At;
        var own = ObjectionReferences.For(objection.Reference);
        yield return DutchLetters.Compose(() => new MailRequested(
            Guid.CreateVersion7(), received, email,
            text["Online.Mail.Subject", own],
            text["Online.Mail.Body", complaint.ComplainantName, objection.Reference, own,
                DutchLetters.LongDate(AmsterdamTime.DateOf(received)), TimeZoneInfo.ConvertTime(received, AmsterdamTime.Zone).ToString("HH:mm", DutchLetters.Culture),
                objection.AwaitsLateDecision
                    ? text["Online.Mail.Late"].Value
                    : text["Online.Mail.Next", DutchLetters.LongDate(objection.Term(TermCodes.HearingInvitation)!.DueDate)].Value,
                procedure.Value.DirectorName],
            []));
    }

    private static ComplainantObjection ViewOf(Objection objection) => new(
        ObjectionReferences.For(objection.Reference),
        objection.Timeline.Where(e => e.Step == ObjectionStep.Registered).Select(e => e.At).FirstOrDefault(),
        objection.Via == ReceivedVia.StatusPage,
        objection.AwaitsLateDecision,
        objection.IsOpen,
        objection.Term(TermCodes.HearingInvitation)?.DueDate,
        objection.Hearing is { } hearing ? new ComplainantHearing(hearing.At, hearing.Form, hearing.Place, hearing.ConfirmedAt) : null,
        objection.Waiver is not null,
        objection.Term(TermCodes.FinalDecision)?.DueDate);
}
