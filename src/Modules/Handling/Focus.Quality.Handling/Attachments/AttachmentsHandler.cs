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
    HandlingDbContext db, IDocumentStore documents, IOptions<UploadOptions> options, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public const string FileField = "file";

    public async Task<Result<Guid>> AddAsync(string reference, string fileName, Stream content, string by, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var (upload, problem) = await Uploads.CheckAsync(fileName, content, limits, cancellationToken);
        if (upload is null)
        {
            return Result<Guid>.Invalid(FileField, Refusal(text, problem, fileName, limits));
        }

        var @case = await db.Cases.Include(c => c.Timeline).Include(c => c.Documents).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<Guid>.NotFound();
        }

        var now = clock.GetUtcNow();
        string key;
        try
        {
            key = await documents.SaveAsync("handling", upload.Extension, upload.Bytes, cancellationToken);
        }
        catch (DocumentStoreUnavailableException ex)
        {
            return Result<Guid>.Unavailable(ex.Message);
        }

        var attachment = new CaseDocument
        {
            Id = Guid.CreateVersion7(),
            Kind = DocumentKind.Attachment,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Size = upload.Bytes.Length,
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

    /// <summary>Why an upload was refused, in Dutch; the same words for staff and for the complainant.</summary>
    public static string Refusal(IStringLocalizer<HandlingText> text, UploadProblem? problem, string fileName, UploadOptions limits) => problem switch
    {
        UploadProblem.TypeNotAllowed => text["Attachment.TypeNotAllowed", string.Join(", ", limits.AllowedExtensions)],
        UploadProblem.TooLarge => text["Attachment.TooLarge", limits.MaxMegabytes],
        _ => text["Attachment.ContentMismatch", Path.GetExtension(fileName)],
    };
}
