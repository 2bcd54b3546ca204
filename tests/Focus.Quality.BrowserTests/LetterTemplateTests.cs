using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Focus.Quality.BrowserTests;

[Collection(SharedApps.PublishingSecond)]
public sealed class LetterTemplateTests(RunningApp app)
{
    private const string ExtraSentence = "Wij bellen u binnen een week na om te horen of de oplossing werkt.";

    [Fact]
    public async Task A_quality_officer_edits_the_response_letter_in_Word_uploads_it_previews_it_on_a_case_and_publishes_it()
    {
        var reference = await app.RegisterCaseAsync(await app.NewPageAsync(), "behandelaar@focus.example", "Karin Smit", "Mijn adviseur komt afspraken niet na.");
        var page = await app.NewPageAsync();
        await app.LogInAsync(page, "kwaliteit@focus.example", "/regels");
        await app.RetryAsync(page, () => page.Locator("[data-testid=edit-letters]").ClickAsync(), () => Expect(page).ToHaveURLAsync(new Regex("/regels/brieven$"), new() { Timeout = 3000 }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Brief: schriftelijke reactie" }).ClickAsync();
        await Expect(page.Locator("[data-testid=letter-title]")).ToHaveTextAsync("Brief: schriftelijke reactie");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=download-published]").ClickAsync());
        Assert.Equal("schriftelijke-reactie-v1.docx", download.SuggestedFilename);
        var published = await File.ReadAllBytesAsync(await download.PathAsync());

        // In Word the officer types a field that does not exist: the upload is refused and the message names it. (Repeated
        // until it shows: a file chosen before the page's circuit connects is not seen.)
        var misspelt = AddParagraph(published, "Uw nieuwe adviseur is {{AdviseurNaam}}.");
        await app.RetryAsync(
            page, () => UploadAsync(page, misspelt, "reactie-met-fout.docx"),
            () => Expect(page.Locator("[data-testid=upload-problems]")).ToContainTextAsync("\"reactie-met-fout.docx\" is niet opgeslagen", new() { Timeout = 3000 }));
        await Expect(page.Locator("[data-testid=upload-problem]")).ToContainTextAsync("Veld {{AdviseurNaam}} — Dit veld is onbekend");
        await Expect(page.Locator("[data-testid=letter-version-2]")).ToHaveCountAsync(0);

        await page.Locator("textarea[data-testid=upload-comment]").FillAsync("Wij bellen de klager na.");
        await UploadAsync(page, AddParagraph(published, ExtraSentence), "schriftelijke-reactie.docx");
        await Expect(page.Locator("[data-testid=letter-version-state-2]")).ToHaveTextAsync("Concept");
        await Expect(page.Locator("[data-testid=upload-problems]")).ToHaveCountAsync(0);

        var preview = page.Locator("[data-testid=letter-preview]");
        await Expect(preview).ToContainTextAsync("Voorbeeld van v2");
        await preview.Locator("input[data-testid=preview-reference]").FillAsync(reference);
        await preview.Locator("[data-testid=preview-make]").ClickAsync();
        await Expect(preview.Locator("[data-testid=preview-text]")).ToContainTextAsync(ExtraSentence);
        await Expect(preview.Locator("[data-testid=preview-text]")).ToContainTextAsync($"Ons kenmerk: {reference}");
        await Expect(preview.Locator("[data-testid=preview-text]")).ToContainTextAsync("Geachte Karin Smit,");
        // With LibreOffice the PDF is offered; without it the page says so in Dutch and the .docx is still there.
        await Expect(preview.Locator("[data-testid=preview-pdf], [data-testid=preview-pdf-missing]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var filled = await page.RunAndWaitForDownloadAsync(() => preview.Locator("[data-testid=preview-file]").ClickAsync());
        Assert.Equal($"voorbeeld-schriftelijke-reactie-v2-{reference}.docx", filled.SuggestedFilename);
        var filledText = DocumentText(await File.ReadAllBytesAsync(await filled.PathAsync()));
        Assert.Contains(ExtraSentence, filledText, StringComparison.Ordinal);
        Assert.Contains($"Ons kenmerk: {reference}", filledText, StringComparison.Ordinal);

        var publish = page.Locator("[data-testid=letter-publish]");
        await publish.Locator("textarea[data-testid=publish-comment]").FillAsync("Voorbeeld op een echte klacht bekeken.");
        await publish.Locator("[data-testid=publish]").ClickAsync();
        await Expect(publish.Locator("[data-testid=publish-changes]")).ToContainTextAsync($"Nieuwe tekst: \"{ExtraSentence}\"");
        await publish.Locator("[data-testid=publish-confirmed]").ClickAsync();
        await Expect(page.Locator("[data-testid=letter-version-state-2]")).ToHaveTextAsync("Gepubliceerd");
        await Expect(page.Locator("[data-testid=letter-version-state-1]")).ToHaveTextAsync("Vervangen");
        await page.GotoAsync("/regels/publicaties");
        await Expect(page.Locator("[data-testid=publication-schriftelijke-reactie-2]")).ToContainTextAsync("Voorbeeld op een echte klacht bekeken.");
    }

    private static async Task UploadAsync(IPage page, byte[] docx, string fileName) =>
        await page.Locator("[data-testid=upload-file]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = docx,
        });

    /// <summary>What the officer does in Word: one more paragraph at the end of the letter.</summary>
    private static byte[] AddParagraph(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            body.InsertBefore(new Paragraph(new Run(new Text(text))), body.Elements<SectionProperties>().LastOrDefault());
        }

        return stream.ToArray();
    }

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", string.Empty);
    }
}
