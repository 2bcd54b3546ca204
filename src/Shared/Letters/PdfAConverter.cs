using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Letters;

/// <summary>Why a letter has no PDF/A; the message is Dutch, for the administrator's failed-deliveries page.</summary>
public sealed class LetterConversionException : Exception
{
    public LetterConversionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>Turns a Word letter into its PDF/A; throws <see cref="LetterConversionException"/> with a Dutch reason when it cannot.</summary>
public interface ILetterPdfConverter
{
    Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken);
}

/// <summary>
/// Converts a .docx letter to PDF/A-2b with LibreOffice Writer, headless. Each conversion gets a profile folder of its
/// own: LibreOffice locks its user profile, so two conversions sharing one would fail or wait on each other.
/// </summary>
internal sealed class PdfAConverter(IOptions<LetterOptions> options) : ILetterPdfConverter
{
    private const string PdfA2Filter = """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""";

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var work = Directory.CreateTempSubdirectory("focus-pdfa-");
        try
        {
            var input = Path.Combine(work.FullName, "brief.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(settings.LibreOfficePath)
            {
                ArgumentList =
                {
                    $"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profiel")).AbsoluteUri}",
                    "--headless", "--norestore", "--convert-to", PdfA2Filter, "--outdir", work.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            await RunAsync(start, settings, cancellationToken);
            var output = Path.Combine(work.FullName, "brief.pdf");
            return File.Exists(output)
                ? await File.ReadAllBytesAsync(output, cancellationToken)
                : throw new LetterConversionException($"LibreOffice ({settings.LibreOfficePath}) maakte geen PDF/A van de brief; de brief is als Word-document (.docx) verstuurd.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(ProcessStartInfo start, LetterOptions settings, CancellationToken cancellationToken)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception ex)
        {
            throw new LetterConversionException(
                $"LibreOffice is niet gevonden of start niet ({settings.LibreOfficePath}); de brief is als Word-document (.docx) verstuurd. Installeer LibreOffice Writer of stel het juiste pad naar het programma in.", ex);
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(settings.ConversionTimeout);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new LetterConversionException(
                    $"LibreOffice zette de brief niet binnen {settings.ConversionTimeout.TotalSeconds:0} seconden om naar PDF/A en is gestopt; de brief is als Word-document (.docx) verstuurd.");
            }

            if (process.ExitCode != 0)
            {
                throw new LetterConversionException(
                    $"LibreOffice stopte met code {process.ExitCode} bij het omzetten naar PDF/A ({(await errors).Trim()}); de brief is als Word-document (.docx) verstuurd.");
            }
        }
    }
}
