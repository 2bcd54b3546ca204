using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Focus.Quality.Shared.Letters;

/// <summary>
/// Fills {{Placeholder}} fields in a Word template. Word often splits typed text over several runs, so each paragraph's
/// text is joined before replacing; a paragraph that held a placeholder keeps the formatting of its first run.
/// </summary>
public static partial class DocxTemplate
{
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart?.Document.Body ?? throw new InvalidDataException("The template has no document body.");
            foreach (var paragraph in body.Descendants<Paragraph>().ToList())
            {
                FillParagraph(paragraph, values);
            }

            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The placeholders a template uses, to check a template before it is used.</summary>
    public static IReadOnlySet<string> Placeholders(byte[] template)
    {
        using var stream = new MemoryStream(template);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .SelectMany(p => Placeholder().Matches(p.InnerText).Select(m => m.Groups[1].Value))
            .ToHashSet();
    }

    private static void FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> values)
    {
        var runs = paragraph.Elements<Run>().ToList();
        var text = string.Concat(runs.Select(r => r.InnerText));
        if (runs.Count == 0 || !Placeholder().IsMatch(text))
        {
            return;
        }

        var filled = Replace(text, values);
        var first = runs[0];
        foreach (var run in runs.Skip(1))
        {
            run.Remove();
        }

        first.RemoveAllChildren<Text>();
        first.RemoveAllChildren<Break>();
        var lines = filled.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                first.AppendChild(new Break());
            }

            first.AppendChild(new Text(XmlSafe(lines[i])) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }
    }

    /// <summary>
    /// Drops what XML cannot carry (control characters pasted from other programs, a lone half of a surrogate pair):
    /// invisible in a letter anyway, and left in they would make the document one Word refuses to open.
    /// </summary>
    public static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }

        return safe.ToString();
    }

    /// <summary>Fills the placeholders of a text; unknown placeholders stay visible so a typo in a template shows.</summary>
    public static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex Placeholder();
}
