using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.ObjectionFile;

/// <summary>A version stamp ("terms@v1+objections@v2+…") in words for the director, who never reads rule codes.</summary>
internal static class RuleSetWords
{
    public static string Of(IStringLocalizer<ObjectionsText> text, string stamp) => string.Join(", ",
        RulesVersionStamp.Parse(stamp).Select(part => part.Number is { } number
            ? text["RuleSet.Version", text[$"RuleSet.{part.Kind}"], number].Value
            : text["RuleSet.FromFile", text[$"RuleSet.{part.Kind}"]].Value));
}
