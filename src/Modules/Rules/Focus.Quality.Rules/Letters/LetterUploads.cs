using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Results;

namespace Focus.Quality.Rules.Letters;

/// <summary>A template file to hand out: the published version to edit in Word, or an older one.</summary>
internal sealed record LetterFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A quality officer's edited template becoming a draft. Unlike a rule set (where an invalid draft is kept to finish
/// in the editor), a template with an unknown or missing field is refused: it is edited in Word, not here.
/// </summary>
internal sealed class LetterUploads(RuleSetVersions versions)
{
    /// <summary>A Word document of at most this size fits a version (stored as base64 within <see cref="RuleSetVersions.MaxContentLength"/>).</summary>
    public const int MaxBytes = 700_000;

    public async Task<Result<SavedVersion>> UploadAsync(RuleSetKind kind, string fileName, byte[] file, string author, string? comment, CancellationToken cancellationToken)
    {
        if (file.Length > MaxBytes)
        {
            return Result<SavedVersion>.Invalid("File", $"Het bestand is te groot (hoogstens {MaxBytes / 1000} kB).");
        }

        if (!string.Equals(Path.GetExtension(fileName), LetterContent.Extension(kind), StringComparison.OrdinalIgnoreCase))
        {
            return Result<SavedVersion>.Invalid("File", kind.IsMail()
                ? $"\"{fileName}\" is geen tekstbestand (.txt). Upload de e-mail als .txt-bestand."
                : $"\"{fileName}\" is geen Word-document (.docx). Upload het sjabloon als .docx-bestand.");
        }

        var problems = LetterTemplateValidator.Validate(kind, file);
        if (problems.Count > 0)
        {
            return Result<SavedVersion>.Invalid(new Dictionary<string, string[]> { ["File"] = [.. problems.Select(p => p.ToString())] });
        }

        var note = string.IsNullOrWhiteSpace(comment) ? $"Geüpload: {Path.GetFileName(fileName)}" : comment;
        return await versions.SaveDraftAsync(kind, LetterContent.From(kind, file), author, note, cancellationToken);
    }

    public async Task<LetterFile?> DownloadAsync(RuleSetKind kind, int number, CancellationToken cancellationToken) =>
        await versions.FindAsync(kind, number, cancellationToken) is { } version
            ? new LetterFile($"{kind.TemplateName()}-{version.Label}{LetterContent.Extension(kind)}", LetterContent.ContentType(kind), LetterContent.Bytes(kind, version.Content))
            : null;
}
