using DocumentFormat.OpenXml.Packaging;

namespace Focus.Quality.IntegrationTests.Infrastructure;

public static class Letters
{
    /// <summary>The text of a .docx, paragraph by paragraph, read with the Open XML SDK as Word would.</summary>
    public static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!
            .Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                DocumentFormat.OpenXml.Wordprocessing.Break => "\n",
                _ => string.Empty,
            }))));
    }
}
