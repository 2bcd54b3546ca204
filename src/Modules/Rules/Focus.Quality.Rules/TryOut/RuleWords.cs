using System.Globalization;
using System.Text.Json.Nodes;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.TryOut;

/// <summary>The Dutch names of one set of rules' terms and rules, so the test bench and what-if never show a code.</summary>
internal sealed class RuleWords(Glossary terms, IReadOnlyDictionary<string, string> rules)
{
    public static RuleWords Of(IReadOnlyDictionary<RuleSetKind, RuleSetSource> sources, RuleSetSnapshot snapshot)
    {
        var glossary = JsonNode.Parse(sources[RuleSetKind.Terms].Content, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonArray workflows
            ? Glossary.From(workflows.OfType<JsonObject>().FirstOrDefault()?["Glossary"])
            : Glossary.Empty;
        var names = snapshot.Workflows.SelectMany(w => w.Rules)
            .GroupBy(r => r.RuleName)
            .ToDictionary(g => g.Key, g => g.First().Properties?.GetValueOrDefault(Glossary.RuleName) is { } name ? Convert.ToString(name, CultureInfo.InvariantCulture) ?? Glossary.Missing : Glossary.Missing);
        return new RuleWords(glossary, names);
    }

    /// <summary>The terms rule set's glossary: its names for terms, channels and categories.</summary>
    public Glossary Glossary => terms;

    public string Term(string code) => Glossary.NameOf(terms.Terms, code);

    public string Rule(string code) => rules.GetValueOrDefault(code) ?? Glossary.Missing;
}
