using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Handling;

/// <summary>Letters as PDF/A made by the real LibreOffice (the test command installs libreoffice-writer-nogui and poppler-utils).</summary>
public sealed class LetterPdfTests
{
    /// <summary>LibreOffice takes seconds per letter, more on a busy machine.</summary>
    private static readonly TimeSpan Conversion = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_response_letter_is_stored_next_to_its_docx_and_mailed_as_PDF_A_holding_the_reference()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), smtp.AppSettings(new() { ["Letters:PdfA"] = "true" }));
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);

        var pdf = await Eventually.GetAsync(async () => Documents(await Api.CaseAsync(handler, reference)).FirstOrDefault(d => d.FileName.EndsWith(".pdf", StringComparison.Ordinal)), Conversion);
        Assert.Contains(Documents(await Api.CaseAsync(handler, reference)), d => d.FileName == Path.ChangeExtension(pdf.FileName, ".docx"));
        var content = await handler.GetByteArrayAsync($"/api/cases/{reference}/documents/{pdf.Id}");
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(content, 0, 5), StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", Encoding.Latin1.GetString(content), StringComparison.Ordinal);
        var text = await PdfTextAsync(content);
        Assert.Contains($"Ons kenmerk: {reference}", text, StringComparison.Ordinal);

        var mail = await Eventually.GetAsync(() => Task.FromResult(smtp.Messages().FirstOrDefault(m => m.Contains($"Subject: Reactie op uw klacht {reference}", StringComparison.Ordinal))), Conversion);
        Assert.Contains("Content-Type: application/pdf", mail, StringComparison.Ordinal);
        Assert.Contains(pdf.FileName, mail, StringComparison.Ordinal);
        Assert.DoesNotContain("wordprocessingml", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_LibreOffice_the_letter_goes_out_as_docx_and_the_failed_deliveries_page_says_why_in_Dutch()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), smtp.AppSettings(new()
        {
            ["Letters:PdfA"] = "true",
            ["Letters:LibreOfficePath"] = "/nonexistent/libreoffice/soffice",
        }));
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);

        var mail = await Eventually.GetAsync(() => Task.FromResult(smtp.Messages().FirstOrDefault(m => m.Contains($"Subject: Reactie op uw klacht {reference}", StringComparison.Ordinal))));
        Assert.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("application/pdf", mail, StringComparison.Ordinal);
        var failure = (await app.InScopeAsync(sp => sp.GetRequiredService<FailedDeliveries>().ListAsync(CancellationToken.None))).Single(f => f.Event == "LetterPdfFailed");
        Assert.Equal($"Brief schriftelijke-reactie-{reference}-{AmsterdamTime.Today(TimeProvider.System):yyyy-MM-dd}.docx bij klacht {reference} is zonder PDF/A verstuurd (als Word-document)", failure.Subject);
        Assert.Contains("LibreOffice is niet gevonden", failure.LastError, StringComparison.Ordinal);
        Assert.Null(failure.NextAttemptAt);
        Assert.DoesNotContain(Documents(await Api.CaseAsync(handler, reference)), d => d.FileName.EndsWith(".pdf", StringComparison.Ordinal));
    }


    private static IEnumerable<CaseDocument> Documents(JsonElement @case) =>
        @case.GetProperty("documents").EnumerateArray().Select(d => new CaseDocument(d.GetProperty("id").GetGuid(), d.GetProperty("fileName").GetString()!));

    /// <summary>The PDF's text as poppler's pdftotext reads it: proof that the file opens in an ordinary PDF reader.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("focus-pdf-").FullName, "brief.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return text;
    }

    private sealed record CaseDocument(Guid Id, string FileName);
}
