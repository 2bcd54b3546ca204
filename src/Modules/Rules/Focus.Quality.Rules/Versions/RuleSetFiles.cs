using System.Text;
using Focus.Quality.Shared.Results;
using Microsoft.AspNetCore.Http;

namespace Focus.Quality.Rules.Versions;

/// <summary>Export and import of a version as a file in the format of rules/.</summary>
internal static class RuleSetFiles
{
    public static string ExportName(RuleSetVersion version) => $"{Path.GetFileNameWithoutExtension(version.Kind.FileName())}-v{version.Number}.json";

    public static async Task<Result<string>> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length is 0 or > RuleSetVersions.MaxContentLength)
        {
            return Result<string>.Invalid("file", "Kies een JSON-bestand van hoogstens 1 MB.");
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Result<string>.Success(await reader.ReadToEndAsync(cancellationToken));
    }
}
