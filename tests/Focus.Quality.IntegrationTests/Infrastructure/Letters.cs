using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Focus.Quality.IntegrationTests.Infrastructure;

public static class Letters
{
    /// <summary>
    /// The text of a .docx, paragraph by paragraph, read with the Open XML SDK as Word would — after checking the
    /// package against the Office 2019 schema, since Word refuses to open a letter with schema errors.
    /// </summary>
    public static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var schemaErrors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        Assert.Empty(schemaErrors);
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
