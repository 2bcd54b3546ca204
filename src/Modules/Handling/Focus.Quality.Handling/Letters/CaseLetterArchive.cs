using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Letters;

/// <summary>
/// Files a letter's PDF/A next to its .docx on the case and queues its e-mail, with the PDF/A or, without one, the
/// .docx — in one transaction. The PDF's document id is the event's, so a second delivery of the event finds it filed.
/// </summary>
internal sealed class CaseLetterArchive(HandlingDbContext db, TimeProvider clock) : ILetterArchive
{
    public string Module => HandlingDbContext.SchemaName;

    public async Task<bool> IsFiledAsync(LetterComposed letter, CancellationToken cancellationToken) =>
        await db.HasPublishedAsync(letter.MailEventId, cancellationToken) || Filed(await LoadAsync(letter, cancellationToken), letter);

    public async Task FileAsync(LetterComposed letter, LetterPdf? pdf, string? failure, CancellationToken cancellationToken)
    {
        var @case = await LoadAsync(letter, cancellationToken);
        var docx = @case.Documents.SingleOrDefault(d => d.Id == letter.DocumentId);
        if (docx is null || Filed(@case, letter) || await db.HasPublishedAsync(letter.MailEventId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var attachment = new MailAttachment(docx.FileName, docx.ContentType, docx.DocumentKey);
        if (pdf is not null)
        {
            @case.Documents.Add(new CaseDocument
            {
                Id = letter.EventId, Kind = docx.Kind, FileName = pdf.FileName, ContentType = LetterPdf.ContentType, Size = pdf.Size,
                DocumentKey = pdf.DocumentKey, CreatedAt = now, CreatedBy = docx.CreatedBy,
            });
            attachment = new MailAttachment(pdf.FileName, LetterPdf.ContentType, pdf.DocumentKey);
        }
        else if (failure is not null)
        {
            @case.LetterPdfFailed(letter.FileName, failure, now);
        }

        if (letter.Mail is { } mail)
        {
            db.Publish(new MailRequested(letter.MailEventId, now, mail.To, mail.Subject, mail.Body, [attachment], letter.Reference, mail.Topic));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<Case> LoadAsync(LetterComposed letter, CancellationToken cancellationToken) =>
        db.Cases.Include(c => c.Documents).Include(c => c.Timeline).SingleAsync(c => c.Reference == letter.Reference, cancellationToken);

    private static bool Filed(Case @case, LetterComposed letter) =>
        @case.Documents.Any(d => d.Id == letter.EventId)
        || @case.Timeline.Any(e => e.Kind == TimelineKind.LetterPdfFailed && e.Details != null && e.Details.StartsWith(letter.FileName + "|", StringComparison.Ordinal));
}
