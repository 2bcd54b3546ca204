using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Letters;

/// <summary>
/// Where the letter goes by e-mail; none when the complainant gave no e-mail address (the letter goes by post).
/// <paramref name="Topic"/> (<see cref="Mail.MailTopics"/>) goes into the mail's Message-ID, so a reply shows what it answers.
/// </summary>
public sealed record LetterMail(string To, string Subject, string Body, string? Topic = null);

/// <summary>
/// A letter stored as .docx, published in the same transaction as the step that wrote it. Its PDF/A is made and its
/// e-mail sent afterwards, outside the request (LibreOffice takes seconds); until then the outbox keeps it, so a crash
/// midway only makes the work run again.
/// </summary>
public sealed record LetterComposed(
    Guid EventId, DateTimeOffset OccurredAt, string Module, string Reference, Guid DocumentId, string DocumentKey, string FileName, LetterMail? Mail)
    : IIntegrationEvent
{
    /// <summary>
    /// The id of the e-mail that carries this letter, fixed by the letter's own: a second delivery of the letter (a crash,
    /// a replay of the history to rebuild reports) finds it queued and mails the complainant nothing twice.
    /// </summary>
    public Guid MailEventId
    {
        get
        {
            Span<byte> bytes = stackalloc byte[16];
            EventId.TryWriteBytes(bytes);
            bytes[15] ^= 0xFF;
            return new Guid(bytes);
        }
    }
}

/// <summary>The PDF/A copy of a letter, stored next to its .docx.</summary>
public sealed record LetterPdf(string FileName, string DocumentKey, long Size)
{
    public const string ContentType = "application/pdf";
}

/// <summary>
/// A module's side of a composed letter: it files the PDF/A (or why there is none) with the letter's case and queues
/// the e-mail, in one transaction. Called at least once per letter, so a second call for the same letter does nothing.
/// </summary>
public interface ILetterArchive
{
    string Module { get; }

    /// <summary>Whether the letter was filed before: its e-mail queued, its PDF/A filed, or why it has none recorded.</summary>
    Task<bool> IsFiledAsync(LetterComposed letter, CancellationToken cancellationToken);

    Task FileAsync(LetterComposed letter, LetterPdf? pdf, string? failure, CancellationToken cancellationToken);
}
