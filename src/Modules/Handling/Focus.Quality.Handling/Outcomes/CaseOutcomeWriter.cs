using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Letters;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Outcomes;

/// <summary>The letter of an outcome: which template, its date and the values only this outcome has.</summary>
internal sealed record OutcomeLetter(DocumentKind Kind, string Template, DateOnly LetterDate, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// What both outcomes (written response, not handled) share: the case must still be open, the letter is produced and
/// stored, the objection term starts at the letter date, and the letter (as PDF/A, see <see cref="LetterComposed"/>) is
/// e-mailed through the outbox in the same transaction — or marked for the post, to the complainant's postal address, when no e-mail address is known.
/// </summary>
internal sealed class CaseOutcomeWriter(
    HandlingDbContext db,
    IComplaintDirectory complaints,
    ITermRules termRules,
    LetterComposer letters,
    IStringLocalizer<HandlingText> text,
    CaseWorkflow workflow,
    IStaffDirectory staff,
    Portal.PortalLinks portal,
    IWorkingDayCalendar calendar,
    TimeProvider clock)
{
    public async Task<Result<Guid>> WriteAsync(
        string reference, string action, OutcomeLetter outcome, string by, Func<Case, CaseDocument, ComputedTerm, DateTimeOffset, IIntegrationEvent> conclude,
        CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Documents).Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!@case.IsOpenForHandling)
        {
            return Result<Guid>.Conflict(text["Outcome.NotOpen"]);
        }

        if (outcome.LetterDate < AmsterdamTime.DateOf(@case.ReceivedAt))
        {
            return Result<Guid>.Invalid("LetterDate", text["Validation.LetterBeforeReceipt"]);
        }

        var answer = await workflow.AskAsync(@case, action, by, cancellationToken);
        if (answer.Refusal is { } refusal)
        {
            return Result<Guid>.Conflict(refusal);
        }

        if (await ObjectionTermAsync(@case, answer.Move!, outcome.LetterDate, cancellationToken) is not { } objectionTerm)
        {
            return Result<Guid>.Conflict(text["Workflow.NoObjectionTerm", answer.Move!.To]);
        }

        if (objectionTerm.RuleFailure is { } failure)
        {
            // The letter states the objection term to the complainant: it cannot go out with a date no rule confirmed.
            return Result<Guid>.Conflict(text["Workflow.ObjectionTermRuleFailed", RuleWords.TermRule(text, objectionTerm.Code), failure]);
        }

        var signature = await staff.SignatureOfAsync(by, cancellationToken);
        var complaint = await complaints.FindAsync(reference, cancellationToken);
        CaseDocument letter;
        try
        {
            letter = await letters.ComposeAsync(@case, complaint?.PostalAddress, outcome.Kind, outcome.Template, outcome.LetterDate, objectionTerm.DueDate, by, signature, outcome.Values, cancellationToken);
        }
        catch (DocumentStoreUnavailableException ex)
        {
            return Result<Guid>.Unavailable(ex.Message);
        }

        var now = clock.GetUtcNow();
        // A letter sent while Focus still waits for the complainant ends the pause: the term is judged with its paused days.
        if (@case.Term(TermCodes.Response) is { PausedOn: not null } paused)
        {
            db.Publish(@case.ResumeTerm(paused, calendar, by, now));
        }

        db.Publish(conclude(@case, letter, objectionTerm, now));
        @case.Move(answer.Move!, by, now);
        var email = complaint?.Email;
        @case.LetterDispatched(email, complaint?.PostalAddress, now);
        var mail = email is null ? null : DutchLetters.Compose(() => new LetterMail(
            email, text["Mail.Letter.Subject", reference], text["Mail.Letter.Body", @case.ComplainantName, reference, signature.Name, signature.Function, portal.Issue(reference, now)],
            outcome.Kind == DocumentKind.NotHandledLetter ? MailTopics.NotHandled : MailTopics.Response));
        db.Publish(new LetterComposed(Guid.CreateVersion7(), now, HandlingDbContext.SchemaName, reference, letter.Id, letter.DocumentKey, letter.FileName, mail));

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

    /// <summary>The objection term the state the letter leads to starts (normally on trigger LetterSent), at the letter date.</summary>
    private async Task<ComputedTerm?> ObjectionTermAsync(Case @case, WorkflowMove move, DateOnly letterDate, CancellationToken cancellationToken)
    {
        if (move.EntryTrigger is not { } trigger)
        {
            return null;
        }

        var letterMoment = AmsterdamTime.FromLocal(letterDate.ToDateTime(new TimeOnly(12, 0)));
        var terms = await termRules.ComputeAsync(new TermRequest(trigger, letterMoment, @case.Channel.ToString(), @case.Category.ToString()), cancellationToken);
        return terms.SingleOrDefault(t => t.Code == TermCodes.Objection);
    }
}
