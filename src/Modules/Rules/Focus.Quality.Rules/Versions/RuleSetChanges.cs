using System.Text.Json.Nodes;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Validation;

namespace Focus.Quality.Rules.Versions;

/// <summary>What a version changes against the published one, one Dutch line each, as the publish confirmation and the publication list show it.</summary>
internal static class RuleSetChanges
{
    public static IReadOnlyList<string> Describe(RuleSetKind kind, string? published, string draft)
    {
        if (kind.IsLetter())
        {
            return Letters.LetterChanges.Describe(kind, published, draft);
        }

        if (published is null)
        {
            return ["Eerste versie."];
        }

        if (kind.IsRulesEngine()
            && RuleSetDocument.TryParse(published, RuleSetProfile.For(kind).WorkflowName) is { } before
            && RuleSetDocument.TryParse(draft, RuleSetProfile.For(kind).WorkflowName) is { } after)
        {
            return Rules(before, after);
        }

        var (old, now) = (Lines(published), Lines(draft));
        var changed = old.Except(now).Count() + now.Except(old).Count();
        return changed == 0 ? ["Geen inhoudelijke wijzigingen."] : [$"{changed} regels van de inhoud gewijzigd."];
    }

    private static List<string> Rules(RuleSetDocument before, RuleSetDocument after)
    {
        var old = Index(before);
        var now = Index(after);
        var lines = new List<string>();
        lines.AddRange(now.Keys.Except(old.Keys).Select(code => $"Regel toegevoegd: {now[code].Name}"));
        lines.AddRange(old.Keys.Except(now.Keys).Select(code => $"Regel verwijderd: {old[code].Name}"));
        lines.AddRange(now.Keys.Intersect(old.Keys).Where(code => now[code].Json != old[code].Json).Select(code => $"Regel gewijzigd: {now[code].Name}"));
        if (!JsonNode.DeepEquals(Words(before.Glossary), Words(after.Glossary)))
        {
            lines.Add("Namen en uitleg (woordenlijst) gewijzigd.");
        }

        return lines.Count == 0 ? ["Geen inhoudelijke wijzigingen."] : lines;
    }

    private static Dictionary<string, (string Name, string Json)> Index(RuleSetDocument document) =>
        Enumerable.Range(0, document.Count).Select(i => document[i]).GroupBy(r => r.Name).ToDictionary(
            g => g.Key,
            g => (g.First().Properties.FirstOrDefault(p => p.Key == Glossary.RuleName).Value ?? Glossary.Missing,
                  $"{g.First().Expression}|{g.First().SuccessEvent}|{string.Join(";", g.First().Properties)}"));

    private static JsonNode? Words(Glossary glossary) => System.Text.Json.JsonSerializer.SerializeToNode(glossary);

    private static string[] Lines(string json) => json.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
