using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Attachments;

/// <summary>
/// Adds a file to a case. Everything is checked before anything is written (size, type, content), so a refused upload
/// changes nothing; the file itself goes to the document store, not into the case's row.
/// </summary>
internal sealed class AttachmentsHandler(
    HandlingDbContext db, IDocumentStore documents, IOptions<AttachmentOptions> options, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const string FileField = "file";

    public async Task<Result<Guid>> AddAsync(string reference, string fileName, Stream content, string by, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var name = SafeFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (name.Length == 0 || !limits.AllowedExtensions.Contains(extension))
        {
            return Result<Guid>.Invalid(FileField, text["Attachment.TypeNotAllowed", string.Join(", ", limits.AllowedExtensions)]);
        }

        var bytes = await ReadAtMostAsync(content, limits.MaxBytes + 1, cancellationToken);
        if (bytes.Length > limits.MaxBytes)
        {
            return Result<Guid>.Invalid(FileField, text["Attachment.TooLarge", limits.MaxBytes / (1024 * 1024)]);
        }

        if (bytes.Length == 0 || !FileSignature.Matches(extension, bytes))
        {
            return Result<Guid>.Invalid(FileField, text["Attachment.ContentMismatch", extension]);
        }

        var @case = await db.Cases.Include(c => c.Timeline).Include(c => c.Documents).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<Guid>.NotFound();
        }

        var now = clock.GetUtcNow();
        var key = await documents.SaveAsync("handling", extension, bytes, cancellationToken);
        var attachment = new CaseDocument
        {
            Id = Guid.CreateVersion7(),
            Kind = DocumentKind.Attachment,
            FileName = name,
            ContentType = ContentTypeOf(extension),
            Size = bytes.Length,
            DocumentKey = key,
            CreatedAt = now,
            CreatedBy = by,
        };
        @case.AddAttachment(attachment, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<Guid>.Success(attachment.Id);
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = new string([.. name.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c))]).Trim();
        return cleaned.Length > 200 ? cleaned[^200..] : cleaned;
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string ContentTypeOf(string extension) => extension switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".docx" => Letters.LetterComposer.DocxContentType,
        ".eml" => "message/rfc822",
        _ => "text/plain",
    };
}
