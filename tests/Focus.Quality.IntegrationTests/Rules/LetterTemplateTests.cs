using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Rules;

/// <summary>Letter templates as versions through /api/rules/letters: only a sound template is saved, and letters use the published one.</summary>
public sealed class LetterTemplateTests
{
    private const string Response = "schriftelijke-reactie";
    private const string ExtraSentence = "Wij bellen u binnen een week na om te horen of de oplossing werkt.";

    [Fact]
    public async Task An_upload_with_an_unknown_field_without_a_required_field_or_that_is_no_Word_document_is_refused_in_Dutch_naming_the_field()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var seed = await LetterApi.DownloadAsync(officer, Response, 1);

        var unknown = await LetterApi.UploadAsync(officer, Response, WordEdits.AddParagraph(seed, "Uw adviseur: {{AdviseurNaam}}"));
        var missing = await LetterApi.UploadAsync(officer, Response, WordEdits.Replace(seed, "{{ObjectionDeadline}}", "binnenkort"));
        var notWord = await LetterApi.UploadAsync(officer, Response, "Dit is geen Word-document."u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Veld {{AdviseurNaam}} — Dit veld is onbekend", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Veld {{ObjectionDeadline}} — Dit verplichte veld ontbreekt: de brief moet de uiterste datum om bezwaar te maken noemen.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notWord.StatusCode);
        Assert.Contains("Het bestand is geen geldig Word-document (.docx).", await notWord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var history = await officer.GetFromJsonAsync<JsonElement>($"/api/rules/letters/{Response}/versions");
        Assert.Equal(["Published"], history.EnumerateArray().Select(v => v.GetProperty("state").GetString()!));
    }

    [Fact]
    public async Task A_draft_template_is_previewed_on_a_real_case_and_only_letters_after_its_publication_use_it()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var today = AmsterdamTime.Today(TimeProvider.System);
        var upload = await LetterApi.UploadAsync(officer, Response, WordEdits.AddParagraph(await LetterApi.DownloadAsync(officer, Response, 1), ExtraSentence));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var draft = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        var before = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, before);
        var preview = await officer.PostAsJsonAsync($"/api/rules/letters/{Response}/versions/{draft}/preview", new { reference = before });
        var previewed = await preview.Content.ReadFromJsonAsync<JsonElement>();
        var lines = previewed.GetProperty("lines").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains($"Ons kenmerk: {before}", lines);
        Assert.Contains(ExtraSentence, lines);
        var previewFile = await officer.GetByteArrayAsync($"/api/rules/letters/previews/{previewed.GetProperty("id").GetGuid()}/docx");
        Assert.Contains(ExtraSentence, Letters.Text(previewFile), StringComparison.Ordinal);

        var sentBefore = await Api.RespondAsync(handler, before, today);
        Assert.DoesNotContain(ExtraSentence, Letters.Text(await handler.GetByteArrayAsync(sentBefore.Headers.Location)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await LetterApi.PublishAsync(officer, Response, draft)).StatusCode);
        var after = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, after);
        var sentAfter = await Api.RespondAsync(handler, after, today);
        var text = Letters.Text(await handler.GetByteArrayAsync(sentAfter.Headers.Location));
        Assert.Contains(ExtraSentence, text, StringComparison.Ordinal);
        Assert.Contains($"Ons kenmerk: {after}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_comes_as_PDF_A_from_LibreOffice_and_without_LibreOffice_the_officer_is_told_in_Dutch_and_gets_the_docx()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Letters:PdfA"] = "true" });
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);

        var preview = await PreviewAsync(officer, "verslag-hoorzitting");
        Assert.True(preview.GetProperty("hasPdf").GetBoolean(), preview.GetProperty("pdfProblem").GetString());
        var pdf = await officer.GetByteArrayAsync($"/api/rules/letters/previews/{preview.GetProperty("id").GetGuid()}/pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        await using var withoutLibreOffice = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?>
        {
            ["Letters:PdfA"] = "true",
            ["Letters:LibreOfficePath"] = "/nonexistent/libreoffice/soffice",
        });
        var colleague = await withoutLibreOffice.ClientForAsync(AppRoles.QualityOfficer);
        var docxOnly = await PreviewAsync(colleague, "verslag-hoorzitting");
        Assert.False(docxOnly.GetProperty("hasPdf").GetBoolean());
        Assert.StartsWith("Er kon geen PDF worden gemaakt: LibreOffice is op deze server niet geïnstalleerd", docxOnly.GetProperty("pdfProblem").GetString(), StringComparison.Ordinal);
        var id = docxOnly.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/rules/letters/previews/{id}/pdf")).StatusCode);
        Assert.Contains("Ons kenmerk: KL-2026-00042", Letters.Text(await colleague.GetByteArrayAsync($"/api/rules/letters/previews/{id}/docx")), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PreviewAsync(HttpClient officer, string template)
    {
        var response = await officer.PostAsJsonAsync($"/api/rules/letters/{template}/versions/1/preview", new { reference = (string?)null });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
