using System.Globalization;
using FluentValidation;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Letters;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Respond;

/// <summary>Writes the response letter, stores it on the case, starts the objection term and queues the e-mail.</summary>
internal sealed class RespondHandler(
    HandlingDbContext db,
    IValidator<RespondForm> validator,
    IComplaintDirectory complaints,
    ITermRules termRules,
    LetterComposer letters,
    IStringLocalizer<HandlingText> text,
    TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(string reference, RespondForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("respond");
        activity?.SetTag("focus.reference", reference);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var @case = await db.Cases.Include(c => c.Documents).Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!@case.IsOpenForHandling)
        {
            return Result<Guid>.Conflict(text["Respond.NotOpen"]);
        }

        if (form.LetterDate < AmsterdamTime.DateOf(@case.ReceivedAt))
        {
            return Result<Guid>.Invalid(nameof(RespondForm.LetterDate), text["Validation.LetterBeforeReceipt"]);
        }

        var objectionTerm = await ObjectionTermAsync(@case, form.LetterDate, cancellationToken);
        var letter = await letters.ComposeAsync(
            @case, DocumentKind.ResponseLetter, LetterTemplateNames.Response, form.LetterDate, objectionTerm.DueDate, by,
            new Dictionary<string, string>
            {
                ["Summary"] = form.Summary!.Trim(),
                ["Solution"] = form.Solution!.Trim(),
                ["Judgement"] = InDutch(() => text[$"Judgement.{form.Judgement}"].Value.ToLower(LetterComposer.LetterCulture)),
            },
            cancellationToken);
        var now = clock.GetUtcNow();
        db.Publish(@case.Respond(new WrittenResponse(form.Judgement, form.Summary.Trim(), form.Solution.Trim(), form.LetterDate, by), letter, objectionTerm, now));
        var email = (await complaints.FindAsync(reference, cancellationToken))?.Email;
        @case.LetterDispatched(email, now);
        if (email is not null)
        {
            db.Publish(InDutch(() => new MailRequested(
                Guid.CreateVersion7(), now, email, text["Mail.Response.Subject", reference],
                text["Mail.Response.Body", @case.ComplainantName, reference, by],
                [new MailAttachment(letter.FileName, letter.ContentType, letter.DocumentKey)])));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<Guid>.Success(letter.Id);
    }

    private async Task<ComputedTerm> ObjectionTermAsync(Case @case, DateOnly letterDate, CancellationToken cancellationToken)
    {
        var letterMoment = AmsterdamTime.FromLocal(letterDate.ToDateTime(new TimeOnly(12, 0)));
        var terms = await termRules.ComputeAsync(
            new TermRequest(TermTriggers.LetterSent, letterMoment, @case.Channel.ToString(), @case.Category.ToString()), cancellationToken);
        return terms.SingleOrDefault(t => t.Code == TermCodes.Objection)
            ?? throw new InvalidOperationException("The published term rules define no objection term for a sent letter.");
    }

    /// <summary>Letters and their e-mails go out in Dutch whatever language the handler's screen uses.</summary>
    private static T InDutch<T>(Func<T> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = LetterComposer.LetterCulture;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
