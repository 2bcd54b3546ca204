using System.Security.Cryptography;
using System.Text;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules;

/// <summary>Reads the rule files under rules/, which seed a new database. Outside a database their content hash is the version.</summary>
internal static class RuleFiles
{
    public const string TermsFile = "terms.json";
    public const string CalendarFile = "calendar.json";
    public const string AdmissibilityFile = "admissibility.json";
    public const string ObjectionsFile = "objections.json";

    private static readonly RuleSetKind[] SnapshotKinds = [RuleSetKind.Terms, RuleSetKind.Admissibility, RuleSetKind.Objections, RuleSetKind.Calendar];

    public static RuleSetSnapshot Load(string directory) =>
        RuleSetSnapshot.From(SnapshotKinds.ToDictionary(kind => kind, kind => Source(Read(directory, kind))));

    public static string Read(string directory, RuleSetKind kind)
    {
        var path = Path.Combine(directory, kind.FileName());
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"Rule file '{kind.FileName()}' not found in '{directory}'. Set Rules:Directory.", path);
    }

    private static RuleSetSource Source(string content) => new(content, ShortHash(content));

    private static string ShortHash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..8];
}
