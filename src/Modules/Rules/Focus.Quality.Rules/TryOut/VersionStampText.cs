using Focus.Quality.Rules.Resources;
using Focus.Quality.Rules.Versions;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Rules.TryOut;

/// <summary>The version stamp of a set of rules ("terms@v2+calendar@v1", as stored on terms) in the officer's words: "termijnen v2, kalender v1".</summary>
internal static class VersionStampText
{
    public static string Dutch(string stamp, IStringLocalizer<RulesText> text) =>
        string.Join(", ", stamp.Split('+').Select(part =>
            part.Split('@', 2) is [var slug, var label] && RuleSetKinds.FromSlug(slug) is { } kind ? $"{text[$"KindShort.{kind}"]} {label}" : part));
}
