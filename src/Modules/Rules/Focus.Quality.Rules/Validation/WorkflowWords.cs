using System.Globalization;
using System.Resources;
using Focus.Quality.Rules.Resources;

namespace Focus.Quality.Rules.Validation;

/// <summary>The names a quality officer knows workflow actions by, for the validator's messages (made outside any screen).</summary>
internal static class WorkflowWords
{
    private static readonly ResourceManager Texts = new("Focus.Quality.Rules.Resources.RulesText", typeof(RulesText).Assembly);

    public static string Action(string code) => Named("Action", code);

    public static string Trigger(string code) => Named("Trigger", code);

    private static string Named(string kind, string code) =>
        $"‘{(Texts.GetString($"{kind}.{code}", CultureInfo.CurrentUICulture) is { Length: > 0 } name ? name : code)}’";
}
