using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Shared.Privacy;

/// <summary>An access request answered: one JSON file with every module's data about the complainant's complaints.</summary>
public sealed record PersonalDataFile(string FileName, byte[] Content, int Complaints);

/// <summary>Collects every module's part of an access request; the export itself is logged (who, when, how many complaints).</summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, TimeProvider clock, ILogger<PersonalDataExport> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The complaints filed with this address or phone number, to show before exporting them.</summary>
    public async Task<IReadOnlyCollection<string>> FindComplaintsAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var references = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            references.UnionWith(await source.ReferencesOfAsync(subject, cancellationToken));
        }

        return references;
    }

    public async Task<PersonalDataFile> ExportAsync(DataSubject subject, string requestedBy, CancellationToken cancellationToken)
    {
        var references = await FindComplaintsAsync(subject, cancellationToken);

        var sections = new Dictionary<string, object>();
        foreach (var source in sources)
        {
            sections[source.Section] = await source.ExportAsync(subject, references, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var document = new { exportedAt = now, exportedBy = requestedBy, email = subject.Email, phone = subject.Phone, complaints = references, sections };
        // The address or number itself stays out of the log: the log is read by more people than the export.
        logger.LogInformation("Personal data export of {Complaints} complaints by {RequestedBy}", references.Count, requestedBy);
        return new PersonalDataFile($"inzageverzoek-{now:yyyyMMdd-HHmm}.json", JsonSerializer.SerializeToUtf8Bytes(document, Json), references.Count);
    }
}
