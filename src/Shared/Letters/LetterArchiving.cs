using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Letters;

/// <summary>
/// Makes the PDF/A of a composed letter and hands it to the letter's module, which files it and queues the e-mail.
/// When LibreOffice is missing or fails, the module is told why and the letter goes out as .docx: a complainant is
/// never kept waiting on the archive format. A crash midway leaves the event in the outbox, so it runs again.
/// </summary>
internal sealed class LetterArchiving(
    IEnumerable<ILetterArchive> archives, IDocumentStore documents, PdfAConverter converter, IOptions<LetterOptions> options, ILogger<LetterArchiving> logger)
    : IIntegrationEventHandler<LetterComposed>
{
    public async Task HandleAsync(LetterComposed integrationEvent, CancellationToken cancellationToken)
    {
        var archive = archives.Single(a => a.Module == integrationEvent.Module);
        if (await archive.IsFiledAsync(integrationEvent, cancellationToken))
        {
            return;
        }

        if (!options.Value.PdfA)
        {
            await archive.FileAsync(integrationEvent, null, null, cancellationToken);
            return;
        }

        try
        {
            var pdf = await converter.ConvertAsync(await ReadAsync(integrationEvent.DocumentKey, cancellationToken), cancellationToken);
            var key = await documents.SaveAsync(integrationEvent.Module, ".pdf", pdf, cancellationToken);
            var fileName = Path.ChangeExtension(integrationEvent.FileName, ".pdf");
            await archive.FileAsync(integrationEvent, new LetterPdf(fileName, key, pdf.Length), null, cancellationToken);
        }
        catch (LetterConversionException ex)
        {
            logger.LogWarning(ex, "Letter {FileName} of {Reference} has no PDF/A; it goes out as .docx", integrationEvent.FileName, integrationEvent.Reference);
            await archive.FileAsync(integrationEvent, null, ex.Message, cancellationToken);
        }
    }

    private async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var content = await documents.OpenAsync(key, cancellationToken);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
