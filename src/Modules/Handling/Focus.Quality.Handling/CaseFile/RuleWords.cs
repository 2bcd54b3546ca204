using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.CaseFile;

/// <summary>
/// Rule names and version stamps are the quality officer's identifiers (and English); a handler reads a rule by what it
/// decides and a version by its parts in words.
/// </summary>
internal static class RuleWords
{
    public static string TermRule(IStringLocalizer<HandlingText> text, string termCode) => text["Rule.Term", text[$"Term.{termCode}"]];

    public static string AdviceRule(IStringLocalizer<HandlingText> text, NotHandledReason reason) => text["Rule.Advice", text[$"Reason.{reason}"]];

    /// <summary>"terms@v1+admissibility@v1+…" becomes "termijnregels versie 1, ontvankelijkheid versie 1, …".</summary>
    public static string Version(IStringLocalizer<HandlingText> text, string? stamp) => string.Join(", ",
        RulesVersionStamp.Parse(stamp ?? string.Empty).Select(part => part.Number is { } number
            ? text["RuleSet.Version", text[$"RuleSet.{part.Kind}"], number].Value
            : text["RuleSet.FromFile", text[$"RuleSet.{part.Kind}"]].Value));
}
