using FluentValidation;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Letters;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Acknowledge;

internal sealed class AcknowledgeHandler(
    HandlingDbContext db,
    IValidator<AcknowledgeForm> validator,
    IComplaintDirectory complaints,
    ILetterTemplates templates,
    IStringLocalizer<HandlingText> text,
    CaseWorkflow workflow,
    IStaffDirectory staff,
    Portal.PortalLinks portal,
    TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(string reference, AcknowledgeForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("acknowledge");
        activity?.SetTag("focus.reference", reference);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<bool>.Invalid(validation.ToDictionary());
        }

        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        if (@case.Acknowledgement is not null || @case.HasOutcome)
        {
            return Result<bool>.Conflict(text["Acknowledge.AlreadyDone"]);
        }

        var answer = await workflow.AskAsync(@case, WorkflowActions.Acknowledge, by, cancellationToken);
        if (answer.Refusal is { } refusal)
        {
            return Result<bool>.Conflict(refusal);
        }

        // Screens enter times to the minute, so a receipt at 10:15:42 may be acknowledged "at 10:15".
        var receivedMinute = @case.ReceivedAt.AddTicks(-(@case.ReceivedAt.Ticks % TimeSpan.TicksPerMinute));
        if (form.AcknowledgedAt < receivedMinute)
        {
            return Result<bool>.Invalid(nameof(AcknowledgeForm.AcknowledgedAt), text["Validation.AcknowledgedBeforeReceipt"]);
        }

        var email = form.SendEmail ? (await complaints.FindAsync(reference, cancellationToken))?.Email : null;
        if (form.SendEmail && email is null)
        {
            return Result<bool>.Invalid(nameof(AcknowledgeForm.SendEmail), text["Validation.NoEmailAddress"]);
        }

        var now = clock.GetUtcNow();
        var acknowledged = @case.Acknowledge(form.Method, form.AcknowledgedAt, by, string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), now);
        @case.Move(answer.Move!, by, now);
        db.Publish(acknowledged);
        if (email is not null)
        {
            db.Publish(ConfirmationMail(@case, email, await staff.SignatureOfAsync(by, cancellationToken), now));
            @case.AcknowledgementMailed(email, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Common.ChangedByOther"]);
        }

        HandlingTelemetry.Acknowledgements.Add(1, new KeyValuePair<string, object?>("on_time", acknowledged.OnTime));
        return Result<bool>.Success(acknowledged.OnTime);
    }

    private MailRequested ConfirmationMail(Case @case, string email, StaffSignature signature, DateTimeOffset now)
    {
        var (subject, body) = TextTemplate.Fill(templates.GetText(LetterTemplateNames.AcknowledgementMail), new Dictionary<string, string>
        {
            ["Reference"] = @case.Reference,
            ["ComplainantName"] = @case.ComplainantName,
            ["ReceivedDate"] = DutchLetters.LongDate(AmsterdamTime.DateOf(@case.ReceivedAt)),
            ["ResponseDeadline"] = @case.Term(TermCodes.Response) is { } response ? DutchLetters.LongDate(response.DueDate) : string.Empty,
            ["HandlerName"] = signature.Name,
            ["HandlerFunction"] = signature.Function,
            ["StatusLink"] = portal.Issue(@case.Reference, now),
        });
        return new MailRequested(Guid.CreateVersion7(), now, email, subject, body, []);
    }
}
