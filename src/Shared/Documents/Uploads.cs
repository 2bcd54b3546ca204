using System.Globalization;

namespace Focus.Quality.Shared.Documents;

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public string[] AllowedExtensions { get; set; } = [".pdf", ".docx", ".jpg", ".jpeg", ".png", ".txt", ".eml"];

    public int MaxMegabytes => (int)(MaxBytes / (1024 * 1024));
}

public enum UploadProblem
{
    TypeNotAllowed,
    TooLarge,
    ContentMismatch,
}

/// <summary>An uploaded file that passed every check, read into memory and ready for the document store.</summary>
public sealed record CheckedUpload(string FileName, string Extension, string ContentType, byte[] Bytes);

/// <summary>
/// Checks an upload before anything is written — type, size, and that the content fits the extension — so a refused
/// upload changes nothing.
/// </summary>
public static class Uploads
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<(CheckedUpload? Upload, UploadProblem? Problem)> CheckAsync(
        string fileName, Stream content, UploadOptions limits, CancellationToken cancellationToken)
    {
        var name = SafeFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (name.Length == 0 || !limits.AllowedExtensions.Contains(extension))
        {
            return (null, UploadProblem.TypeNotAllowed);
        }

        var bytes = await ReadAtMostAsync(content, limits.MaxBytes + 1, cancellationToken);
        if (bytes.Length > limits.MaxBytes)
        {
            return (null, UploadProblem.TooLarge);
        }

        return bytes.Length == 0 || !FileSignature.Matches(extension, bytes)
            ? (null, UploadProblem.ContentMismatch)
            : (new CheckedUpload(name, extension, ContentTypeOf(extension), bytes), null);
    }

    /// <summary>
    /// Without path, control characters and invisible format characters: bidi overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), direction marks and zero-width characters would make "naïve\u202Egpj.txt" show as "naïvetxt.jpg".
    /// </summary>
    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = new string([.. name.Where(c => !char.IsControl(c) && !IsInvisibleFormat(c) && !Path.GetInvalidFileNameChars().Contains(c))]).Trim();
        return cleaned.Length > 200 ? cleaned[^200..] : cleaned;
    }

    private static bool IsInvisibleFormat(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

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
        ".docx" => DocxContentType,
        ".eml" => "message/rfc822",
        _ => "text/plain",
    };
}
