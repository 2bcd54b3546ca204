using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Letters;

/// <summary>What a new version of a template changes in its text, for the publish confirmation and the list of publications.</summary>
internal static class LetterChanges
{
    private const int MaxLines = 10;

    public static IReadOnlyList<string> Describe(RuleSetKind kind, string? published, string draft)
    {
        if (published is null)
        {
            return ["Eerste versie."];
        }

        var before = Lines(kind, published);
        var after = Lines(kind, draft);
        var changes = after.Except(before).Select(line => $"Nieuwe tekst: \"{line}\"")
            .Concat(before.Except(after).Select(line => $"Vervallen tekst: \"{line}\""))
            .ToList();
        return changes.Count switch
        {
            0 => ["De tekst is gelijk; alleen de opmaak is gewijzigd."],
            > MaxLines => [.. changes.Take(MaxLines), $"en nog {changes.Count - MaxLines} andere wijzigingen."],
            _ => changes,
        };
    }

    private static List<string> Lines(RuleSetKind kind, string content) =>
        [.. LetterContent.Paragraphs(kind, LetterContent.Bytes(kind, content)).Select(l => l.Trim()).Where(l => l.Length > 0)];
}
