using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Letters;

/// <summary>
/// A template as a version stores it: a Word document as base64 text (versions hold text), an e-mail as its own text.
/// </summary>
internal static class LetterContent
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string From(RuleSetKind kind, byte[] file) => kind.IsMail() ? Text(file) : Convert.ToBase64String(file);

    public static byte[] Bytes(RuleSetKind kind, string content) => kind.IsMail() ? Encoding.UTF8.GetBytes(content) : Convert.FromBase64String(content);

    public static string Extension(RuleSetKind kind) => kind.IsMail() ? ".txt" : ".docx";

    public static string ContentType(RuleSetKind kind) => kind.IsMail() ? "text/plain; charset=utf-8" : DocxContentType;

    /// <summary>The seed of a new database: the file under rules/templates.</summary>
    public static string Read(string rulesDirectory, RuleSetKind kind)
    {
        var path = Path.Combine(rulesDirectory, kind.FileName());
        return File.Exists(path)
            ? From(kind, File.ReadAllBytes(path))
            : throw new FileNotFoundException($"Template '{kind.FileName()}' not found in '{rulesDirectory}'. Set Rules:Directory.", path);
    }

    /// <summary>The text a reader sees, one paragraph a line: to show a preview on screen and to say what a new version changes.</summary>
    public static IReadOnlyList<string> Paragraphs(RuleSetKind kind, byte[] file)
    {
        if (kind.IsMail())
        {
            return Text(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        }

        using var stream = new MemoryStream(file);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(ParagraphText)];
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break or TabChar => e is Break ? "\n" : "\t", _ => string.Empty }));

    private static string Text(byte[] file)
    {
        using var reader = new StreamReader(new MemoryStream(file), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
