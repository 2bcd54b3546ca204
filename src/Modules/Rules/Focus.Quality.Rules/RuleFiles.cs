using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Focus.Quality.Rules.Calendar;
using RulesEngine.Models;

namespace Focus.Quality.Rules;

/// <summary>Reads the rule files under rules/. Their content hash is the version, so an edited file can never pass as the old one.</summary>
internal static class RuleFiles
{
    public const string TermsFile = "terms.json";
    public const string CalendarFile = "calendar.json";
    public const string AdmissibilityFile = "admissibility.json";
    public const string ObjectionsFile = "objections.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static RuleSetSnapshot Load(string directory)
    {
        var termsJson = ReadFile(directory, TermsFile);
        var admissibilityJson = ReadFile(directory, AdmissibilityFile);
        var objectionsJson = ReadFile(directory, ObjectionsFile);
        var calendarJson = ReadFile(directory, CalendarFile);
        Workflow[] workflows =
        [
            .. Deserialize<Workflow[]>(termsJson, TermsFile),
            .. Deserialize<Workflow[]>(admissibilityJson, AdmissibilityFile),
            .. Deserialize<Workflow[]>(objectionsJson, ObjectionsFile),
        ];
        var calendar = Deserialize<CalendarDefinition>(calendarJson, CalendarFile);
        return new RuleSetSnapshot(
            workflows, calendar, $"terms@{ShortHash(termsJson)}+admissibility@{ShortHash(admissibilityJson)}+objections@{ShortHash(objectionsJson)}+calendar@{ShortHash(calendarJson)}");
    }

    private static string ReadFile(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"Rule file '{name}' not found in '{directory}'. Set Rules:Directory.", path);
    }

    private static T Deserialize<T>(string json, string file) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"Rule file '{file}' is empty.");

    private static string ShortHash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..8];
}
