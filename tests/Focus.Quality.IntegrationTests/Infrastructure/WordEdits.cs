using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>What a quality officer does to a template in Word, done with the Open XML SDK.</summary>
public static class WordEdits
{
    /// <summary>The template with one more paragraph at the end of its text.</summary>
    public static byte[] AddParagraph(byte[] docx, string text) => Edit(docx, body =>
        body.InsertBefore(new Paragraph(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })), body.Elements<SectionProperties>().LastOrDefault()));

    /// <summary>The template with <paramref name="old"/> replaced wherever a single run of text holds it.</summary>
    public static byte[] Replace(byte[] docx, string old, string replacement) => Edit(docx, body =>
    {
        foreach (var text in body.Descendants<Text>().Where(t => t.Text.Contains(old, StringComparison.Ordinal)))
        {
            text.Text = text.Text.Replace(old, replacement, StringComparison.Ordinal);
        }
    });

    private static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document.MainDocumentPart!.Document.Body!);
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }
}
