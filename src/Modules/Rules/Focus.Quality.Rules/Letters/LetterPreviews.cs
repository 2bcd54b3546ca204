using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Results;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Rules.Letters;

/// <summary>
/// Fills a version of a template the way the letter writers will, with a real case's facts (what the case does not
/// have yet, such as a response, keeps its sample text) or with sample values only, and makes its PDF/A with the
/// same converter as the letters, so the quality officer sees the letter before publishing it. The PDF is a second step
/// (<see cref="ConvertAsync"/>): LibreOffice takes seconds, and the text and the .docx need not wait for it.
/// </summary>
internal sealed class LetterPreviews(
    RuleSetVersions versions, IEnumerable<ILetterCaseFacts> cases, ILetterPdfConverter pdf, IOptions<LetterOptions> letters, PreviewStore store, TimeProvider clock)
{
    public async Task<Result<LetterPreview>> MakeAsync(RuleSetKind kind, int number, string? reference, CancellationToken cancellationToken)
    {
        if (await versions.FindAsync(kind, number, cancellationToken) is not { } version)
        {
            return Result<LetterPreview>.NotFound();
        }

        if (!version.IsValid)
        {
            return Result<LetterPreview>.Invalid("Number", $"{version.Label} bevat fouten en kan niet worden ingevuld.");
        }

        var values = LetterFields.Samples(kind);
        if (!string.IsNullOrWhiteSpace(reference))
        {
            var facts = cases.FirstOrDefault() is { } source ? await source.FindAsync(reference, cancellationToken) : null;
            if (facts is null)
            {
                return Result<LetterPreview>.Invalid("Reference", $"Er is geen klacht met kenmerk {reference.Trim()}.");
            }

            foreach (var (field, value) in facts.Where(f => values.ContainsKey(f.Key)))
            {
                values[field] = value;
            }
        }

        var name = $"voorbeeld-{kind.TemplateName()}-{version.Label}-{values["Reference"]}";
        var preview = kind.IsMail() ? Mail(kind, version, values, name) : Letter(kind, version, values, name);
        store.Add(preview);
        return Result<LetterPreview>.Success(preview);
    }

    private LetterPreview Mail(RuleSetKind kind, RuleSetVersion version, Dictionary<string, string> values, string name)
    {
        var (subject, body) = TextTemplate.Fill(version.Content, values);
        var text = $"Onderwerp: {subject}\n\n{body}";
        var file = new LetterFile(name + ".txt", LetterContent.ContentType(kind), System.Text.Encoding.UTF8.GetBytes(text));
        return new LetterPreview(Guid.NewGuid(), name, text.Split('\n'), file, null, "Een e-mail heeft geen PDF.", clock.GetUtcNow());
    }

    private LetterPreview Letter(RuleSetKind kind, RuleSetVersion version, Dictionary<string, string> values, string name)
    {
        var docx = DocxTemplate.Fill(LetterContent.Bytes(kind, version.Content), values);
        var file = new LetterFile(name + ".docx", LetterContent.DocxContentType, docx);
        var noPdf = letters.Value.PdfA ? null : "Deze installatie maakt geen PDF van brieven (PDF/A staat uit). Het Word-document (.docx) kunt u wel downloaden.";
        return new LetterPreview(Guid.NewGuid(), name, LetterContent.Paragraphs(kind, docx), file, null, noPdf, clock.GetUtcNow());
    }

    /// <summary>The preview with its PDF, or with the reason in Dutch why there is none.</summary>
    public async Task<LetterPreview> ConvertAsync(LetterPreview preview, CancellationToken cancellationToken)
    {
        if (!preview.PdfPending)
        {
            return preview;
        }

        LetterPreview converted;
        try
        {
            converted = preview with { Pdf = new LetterFile(preview.FileNameBase + ".pdf", LetterPdf.ContentType, await pdf.ConvertAsync(preview.File.Content, cancellationToken)) };
        }
        catch (LetterConversionException)
        {
            // Not the converter's own message: that one tells of a letter sent as .docx, and a preview is sent to nobody.
            converted = preview with { PdfProblem = "Er kon geen PDF worden gemaakt: LibreOffice is op deze server niet geïnstalleerd of zette het voorbeeld niet om. Het Word-document (.docx) kunt u wel downloaden." };
        }

        store.Add(converted);
        return converted;
    }
}
