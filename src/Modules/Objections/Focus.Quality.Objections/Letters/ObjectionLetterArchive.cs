using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.Letters;

/// <summary>
/// Files a letter's PDF/A next to its .docx on the objection and queues its e-mail, with the PDF/A or, without one, the
/// .docx — in one transaction. The PDF's document id is the event's, so a second delivery of the event finds it filed.
/// </summary>
internal sealed class ObjectionLetterArchive(ObjectionsDbContext db, TimeProvider clock) : ILetterArchive
{
    public string Module => ObjectionsDbContext.SchemaName;

    public async Task<bool> IsFiledAsync(LetterComposed letter, CancellationToken cancellationToken) =>
        await db.HasPublishedAsync(letter.MailEventId, cancellationToken) || Filed(await LoadAsync(letter, cancellationToken), letter);

    public async Task FileAsync(LetterComposed letter, LetterPdf? pdf, string? failure, CancellationToken cancellationToken)
    {
        var objection = await LoadAsync(letter, cancellationToken);
        var docx = objection.Documents.SingleOrDefault(d => d.Id == letter.DocumentId);
        if (docx is null || Filed(objection, letter) || await db.HasPublishedAsync(letter.MailEventId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var attachment = new MailAttachment(docx.FileName, docx.ContentType, docx.DocumentKey);
        if (pdf is not null)
        {
            objection.Documents.Add(docx with { Id = letter.EventId, FileName = pdf.FileName, ContentType = LetterPdf.ContentType, Size = pdf.Size, DocumentKey = pdf.DocumentKey, CreatedAt = now });
            attachment = new MailAttachment(pdf.FileName, LetterPdf.ContentType, pdf.DocumentKey);
        }
        else if (failure is not null)
        {
            objection.LetterPdfFailed(letter.FileName, failure, now);
        }

        if (letter.Mail is { } mail)
        {
            db.Publish(new MailRequested(letter.MailEventId, now, mail.To, mail.Subject, mail.Body, [attachment], letter.Reference, mail.Topic));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<Objection> LoadAsync(LetterComposed letter, CancellationToken cancellationToken) =>
        db.Objections.Include(o => o.Documents).Include(o => o.Timeline).SingleAsync(o => o.Reference == letter.Reference, cancellationToken);

    private static bool Filed(Objection objection, LetterComposed letter) =>
        objection.Documents.Any(d => d.Id == letter.EventId)
        || objection.Timeline.Any(e => e.Step == ObjectionStep.LetterPdfFailed && e.Details != null && e.Details.StartsWith(letter.FileName + "|", StringComparison.Ordinal));
}
