using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Procedure;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Objections.Steps;

/// <summary>
/// The document a step makes: its template, date and the values only this step has. A letter goes to the complainant
/// (as PDF/A, by e-mail or post); a document that is not <paramref name="Sent"/>, such as the hearing report, stays on the objection.
/// </summary>
internal sealed record StepLetter(ObjectionDocumentKind Kind, string Template, DateOnly LetterDate, IReadOnlyDictionary<string, string> Values, bool Sent = true);

/// <summary>
/// What every step of an objection shares: load it, check the step may follow, produce and store its letter, send the
/// letter by e-mail through the outbox in the same transaction (or leave it for the post), and refuse to overwrite a
/// colleague's change.
/// </summary>
internal sealed class ObjectionSteps(
    ObjectionsDbContext db,
    IComplaintDirectory complaints,
    ILetterTemplates templates,
    IDocumentStore documents,
    IOptions<ProcedureOptions> procedure,
    IStringLocalizer<ObjectionsText> text,
    TimeProvider clock)
{
    public async Task<Result<Guid>> RunAsync(
        string reference, Func<Objection, bool> mayFollow, StepLetter? letter, string by,
        Func<Objection, ObjectionDocument?, DateTimeOffset, IIntegrationEvent> step, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.Include(o => o.Documents).Include(o => o.Timeline).SingleOrDefaultAsync(o => o.Reference == reference, cancellationToken);
        if (objection is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!mayFollow(objection))
        {
            return Result<Guid>.Conflict(text["Step.NotNow", text[$"Status.{objection.Status}"]]);
        }

        var now = clock.GetUtcNow();
        ObjectionDocument? document;
        try
        {
            document = letter is null ? null
                : letter.Sent ? await SendAsync(objection.Reference, letter, by, now, cancellationToken)
                : (await ComposeAsync(objection.Reference, letter, by, now, cancellationToken)).Document;
        }
        catch (DocumentStoreUnavailableException ex)
        {
            return Result<Guid>.Unavailable(ex.Message);
        }

        db.Publish(step(objection, document, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<Guid>.Success(document?.Id ?? objection.Id);
    }

    /// <summary>The day the hearing was held, once its report is recorded.</summary>
    public async Task<DateOnly?> HearingHeldOnAsync(string reference, CancellationToken cancellationToken) =>
        await db.Objections.AsNoTracking().Where(o => o.Reference == reference).Select(o => (DateOnly?)o.Report!.HeldOn).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Fills the letter's template, stores it, and publishes it for its PDF/A and its e-mail (when an address is known).</summary>
    public async Task<ObjectionDocument> SendAsync(string reference, StepLetter letter, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (document, complaint, values) = await ComposeAsync(reference, letter, by, now, cancellationToken);
        var mail = complaint?.Email is not { } email ? null : DutchLetters.Compose(() => new LetterMail(
            email, text[$"Mail.{letter.Kind}.Subject", reference], text["Mail.Body", values["ComplainantName"], reference, procedure.Value.DirectorName], MailTopics.Objection));
        db.Publish(new LetterComposed(Guid.CreateVersion7(), now, ObjectionsDbContext.SchemaName, reference, document.Id, document.DocumentKey, document.FileName, mail));

        return document;
    }

    /// <summary>Fills the document's template and stores it.</summary>
    private async Task<(ObjectionDocument Document, ComplaintDetails? Complaint, Dictionary<string, string> Values)> ComposeAsync(
        string reference, StepLetter letter, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complaint = await complaints.FindAsync(reference, cancellationToken);
        var values = new Dictionary<string, string>(letter.Values)
        {
            ["Reference"] = reference,
            ["ComplainantName"] = complaint?.ComplainantName ?? string.Empty,
            ["ComplainantAddress"] = complaint?.PostalAddress?.LetterLines() ?? string.Empty,
            ["LetterDate"] = DutchLetters.LongDate(letter.LetterDate),
            ["DirectorName"] = procedure.Value.DirectorName,
        };
        var content = DocxTemplate.Fill(templates.Get(letter.Template), values);
        var key = await documents.SaveAsync("objections", ".docx", content, cancellationToken);
        var document = new ObjectionDocument(
            Guid.CreateVersion7(), letter.Kind, $"{letter.Template}-{reference}-{letter.LetterDate:yyyy-MM-dd}.docx", Uploads.DocxContentType, content.Length, key, now, by);
        return (document, complaint, values);
    }
}
