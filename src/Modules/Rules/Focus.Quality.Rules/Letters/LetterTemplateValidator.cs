using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Letters;

namespace Focus.Quality.Rules.Letters;

/// <summary>
/// What a template must be before it may be saved: a Word document that opens (or, for the e-mail, text starting with
/// "Onderwerp:"), with only merge fields its letter writer fills, and every field the letter cannot do without.
/// </summary>
internal static partial class LetterTemplateValidator
{
    public static IReadOnlyList<RuleProblem> Validate(RuleSetKind kind, byte[] file)
    {
        if (kind.IsMail())
        {
            return ValidateMail(kind, file);
        }

        if (!IsWordDocument(file))
        {
            return [new RuleProblem(null, null, "Het bestand is geen geldig Word-document (.docx). Sla het in Word op als \"Word-document (*.docx)\" en upload het opnieuw.")];
        }

        var fields = DocxTemplate.Placeholders(file);
        return CheckFields(kind, fields);
    }

    private static bool IsWordDocument(byte[] file)
    {
        try
        {
            using var stream = new MemoryStream(file);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return document.MainDocumentPart?.Document?.Body is not null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return false;
        }
    }

    /// <summary>A stored version: Word documents are kept as base64 text.</summary>
    public static IReadOnlyList<RuleProblem> Validate(RuleSetKind kind, string content)
    {
        try
        {
            return Validate(kind, LetterContent.Bytes(kind, content));
        }
        catch (FormatException)
        {
            return [new RuleProblem(null, null, "Het bestand is geen geldig Word-document (.docx).")];
        }
    }

    private static IReadOnlyList<RuleProblem> ValidateMail(RuleSetKind kind, byte[] file)
    {
        if (file.Contains((byte)0))
        {
            return [new RuleProblem(null, null, "Het bestand is geen tekstbestand (.txt). Sla de e-mail op als platte tekst en upload hem opnieuw.")];
        }

        var text = string.Join('\n', LetterContent.Paragraphs(kind, file));
        if (!text.TrimStart().StartsWith("Onderwerp:", StringComparison.OrdinalIgnoreCase))
        {
            return [new RuleProblem(null, "regel 1", "De e-mail begint met een regel \"Onderwerp: …\" met het onderwerp van de e-mail.")];
        }

        return CheckFields(kind, Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet());
    }

    private static IReadOnlyList<RuleProblem> CheckFields(RuleSetKind kind, IReadOnlySet<string> fields)
    {
        var known = LetterFields.Of(kind).Select(f => f.Code).ToHashSet();
        var unknown = fields.Where(f => !known.Contains(f)).Order(StringComparer.Ordinal)
            .Select(f => new RuleProblem($"Veld {{{{{f}}}}}", null, "Dit veld is onbekend: het wordt in deze brief nooit ingevuld. Gebruik alleen de velden uit de lijst (let op hoofdletters)."));
        var missing = LetterFields.Required(kind).Where(f => !fields.Contains(f.Code))
            .Select(f => new RuleProblem($"Veld {{{{{f.Code}}}}}", null, $"Dit verplichte veld ontbreekt: de brief moet {f.Meaning} noemen."));
        return [.. unknown, .. missing];
    }

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();
}
