namespace Focus.Quality.Shared.Letters;

public sealed class LetterOptions
{
    public const string Section = "Letters";

    /// <summary>Also store and send every letter as PDF/A (archival); off, letters stay .docx only.</summary>
    public bool PdfA { get; set; } = true;

    /// <summary>LibreOffice's program; a bare name is looked up on the PATH.</summary>
    public string LibreOfficePath { get; set; } = "soffice";

    /// <summary>A conversion that takes longer is stopped: the letter then goes out as .docx.</summary>
    public TimeSpan ConversionTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
