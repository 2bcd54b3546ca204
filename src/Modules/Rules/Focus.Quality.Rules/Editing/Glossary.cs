using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Rules.Editing.Conditions;
using Focus.Quality.Rules.Validation;

namespace Focus.Quality.Rules.Editing;

/// <summary>A code's Dutch name and one-line explanation; a field's entry also names the values it can hold.</summary>
internal sealed record GlossaryEntry(string Name, string Explanation)
{
    public Dictionary<string, GlossaryEntry> Values { get; init; } = [];
}

/// <summary>
/// The Dutch words of one rule set, stored in its JSON next to the rules ("Glossary" on the workflow), so the codes the
/// engine and the cases use stay as they are while every screen speaks the quality officer's language. A rule carries
/// its own name and explanation in its properties (<see cref="RuleName"/>, <see cref="RuleExplanation"/>).
/// </summary>
internal sealed record Glossary(string Name, string Explanation)
{
    public const string RuleName = "DisplayName";
    public const string RuleExplanation = "Description";

    /// <summary>The term rules' field whose values start a term's clock.</summary>
    public const string TriggerField = "Trigger";

    public const string Missing = "(naam ontbreekt)";

    public Dictionary<string, GlossaryEntry> Terms { get; init; } = [];

    public Dictionary<string, GlossaryEntry> Units { get; init; } = [];

    public Dictionary<string, GlossaryEntry> Fields { get; init; } = [];

    public Dictionary<string, GlossaryEntry> Reasons { get; init; } = [];

    public static readonly Glossary Empty = new("Regelset zonder naam", string.Empty);

    public IReadOnlyDictionary<string, GlossaryEntry> Triggers => Fields.TryGetValue(TriggerField, out var trigger) ? trigger.Values : new Dictionary<string, GlossaryEntry>();

    public static Glossary From(JsonNode? node)
    {
        try
        {
            return node?.Deserialize<Glossary>(RuleSetValidator.Json) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>The Dutch name of a code, or a Dutch placeholder: a screen never shows the code itself.</summary>
    public static string NameOf(IReadOnlyDictionary<string, GlossaryEntry> entries, string code) =>
        entries.TryGetValue(code, out var entry) && entry.Name.Length > 0 ? entry.Name : Missing;

    /// <summary>The fields an expression over <paramref name="inputType"/> may use, with their Dutch names and, for a field with a list of values, its choices.</summary>
    public IReadOnlyList<ConditionField> ConditionFields(Type inputType) =>
    [
        .. inputType.GetProperties().Select(property =>
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var entry = Fields.GetValueOrDefault(property.Name);
            var values = entry?.Values.Keys.ToList() ?? [];
            var kind = type == typeof(bool) ? FieldKind.YesNo
                : type == typeof(int) ? FieldKind.Number
                : type == typeof(DateOnly) ? FieldKind.Date
                : values.Count > 0 ? FieldKind.Choice
                : FieldKind.Text;
            return new ConditionField(property.Name, kind, type != property.PropertyType)
            {
                Values = values,
                Name = entry?.Name ?? Missing,
            };
        }),
    ];
}
