using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Screens;

/// <summary>Versions as plain tuples: Blazor components are public, the version entity is not.</summary>
internal static class VersionRows
{
    public static IReadOnlyList<(int Number, string State, string Author, DateTimeOffset At, string Comment, bool Valid)> Of(IEnumerable<RuleSetVersion> versions) =>
        [.. versions.Select(v => (v.Number, v.State.ToString(), v.Author, v.PublishedAt ?? v.CreatedAt, v.Comment, v.IsValid))];
}
