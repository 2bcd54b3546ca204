using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Rules.Validation;

namespace Focus.Quality.Rules.Editing;

/// <summary>One rule as the structured form shows it; property values are text, as the validator reads them.</summary>
internal sealed record RuleFields(string Name, string Expression, string SuccessEvent, IReadOnlyList<(string Key, string Value)> Properties);

/// <summary>
/// A RulesEngine rule set held as a JSON tree, so the form changes only the fields it shows and everything else a
/// quality officer wrote in the raw view (other workflows, ErrorMessage, Enabled, …) survives a round trip.
/// </summary>
internal sealed class RuleSetDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly JsonArray _root;
    private readonly JsonArray _rules;

    private RuleSetDocument(JsonArray root, JsonObject workflow, JsonArray rules) =>
        (_root, _rules, Glossary) = (root, rules, Glossary.From(workflow["Glossary"]));

    public int Count => _rules.Count;

    public Glossary Glossary { get; }

    /// <summary>The document, or null when the JSON is not a rule set the form can show (the raw view and the problem list still can).</summary>
    public static RuleSetDocument? TryParse(string json, string workflowName)
    {
        try
        {
            if (JsonNode.Parse(json, documentOptions: new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is not JsonArray root)
            {
                return null;
            }

            var workflow = root.OfType<JsonObject>().FirstOrDefault(w => w["WorkflowName"]?.GetValueKind() == JsonValueKind.String && (string?)w["WorkflowName"] == workflowName);
            return workflow?["Rules"] is JsonArray rules && rules.All(r => r is JsonObject) ? new RuleSetDocument(root, workflow, rules) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public RuleFields this[int index]
    {
        get
        {
            var rule = Rule(index);
            var properties = rule["Properties"] as JsonObject ?? [];
            return new RuleFields(Text(rule["RuleName"]), Text(rule["Expression"]), Text(rule["SuccessEvent"]), [.. properties.Select(p => (p.Key, Text(p.Value)))]);
        }
    }

    public void Update(int index, RuleFields fields)
    {
        var rule = Rule(index);
        var before = rule["Properties"] as JsonObject ?? [];
        rule["RuleName"] = fields.Name;
        rule["Expression"] = fields.Expression;
        rule["SuccessEvent"] = fields.SuccessEvent;
        var properties = new JsonObject();
        foreach (var (key, value) in fields.Properties.Where(p => p.Key.Trim().Length > 0))
        {
            properties[key.Trim()] = ValueLike(value, before[key.Trim()]);
        }

        rule["Properties"] = properties;
    }

    /// <summary>
    /// Adds a rule with every property the kind expects, empty where the quality officer must choose. Its code is only
    /// for the engine and the cases, so it is made up here; the officer sees and changes the Dutch name.
    /// </summary>
    public int Add(string name, IReadOnlyList<PropertySpec> expected, string expression)
    {
        var properties = new JsonObject();
        foreach (var spec in expected.Where(s => s.Required))
        {
            properties[spec.Key] = string.Empty;
        }

        properties[Glossary.RuleName] = name;
        var codes = _rules.Select(r => Text(r?["RuleName"])).ToHashSet();
        var code = Enumerable.Range(_rules.Count + 1, _rules.Count + 1).Select(n => $"Rule{n}").First(c => !codes.Contains(c));
        _rules.Add(new JsonObject { ["RuleName"] = code, ["SuccessEvent"] = code, ["Expression"] = expression, ["Properties"] = properties });
        return _rules.Count - 1;
    }

    public void Remove(int index) => _rules.RemoveAt(index);

    public string ToJson() => _root.ToJsonString(Indented);

    private JsonObject Rule(int index) => (JsonObject)_rules[index]!;

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Keeps a value's JSON type (number, true/false) when the text still fits it; otherwise it becomes text the validator will question.</summary>
    private static JsonNode ValueLike(string text, JsonNode? before)
    {
        // A new rule's properties start as empty text: the first value chosen decides their type.
        var kind = before is null || (before.GetValueKind() == JsonValueKind.String && before.GetValue<string>().Length == 0) ? Infer(text) : before.GetValueKind();
        if (kind == JsonValueKind.Number && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (kind is JsonValueKind.True or JsonValueKind.False && bool.TryParse(text, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return JsonValue.Create(text);
    }

    private static JsonValueKind Infer(string text) =>
        bool.TryParse(text, out _) ? JsonValueKind.True
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? JsonValueKind.Number
        : JsonValueKind.String;
}
