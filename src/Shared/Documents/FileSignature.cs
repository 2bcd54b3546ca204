namespace Focus.Quality.Shared.Documents;

/// <summary>Checks that a file's first bytes fit its extension, so an executable renamed to .pdf is refused.</summary>
internal static class FileSignature
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static bool Matches(string extension, ReadOnlySpan<byte> content) => extension switch
    {
        ".pdf" => content.StartsWith(Pdf),
        ".png" => content.StartsWith(Png),
        ".jpg" or ".jpeg" => content.StartsWith(Jpeg),
        ".docx" => content.StartsWith(Zip),
        ".txt" or ".eml" => LooksLikeText(content),
        _ => false,
    };

    private static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8192)];
        return !head.StartsWith("MZ"u8) && !head.Contains((byte)0);
    }
}
