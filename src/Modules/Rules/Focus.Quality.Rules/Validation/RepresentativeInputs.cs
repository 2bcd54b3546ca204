using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// The inputs a rule is tried on before it may be published: every combination of the values each field of its typed
/// input can have — every term trigger, channel and category the modules ask with, the empty and the longest text, null
/// where a field may be null, both booleans, and day counts from far past to far future.
/// </summary>
internal static class RepresentativeInputs
{
    /// <summary>The longest text a rule sees: a complaint's description.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>Every kind of character a text can hold, repeated to the longest length.</summary>
    public static readonly string Longest = string.Concat(
        Enumerable.Repeat("Klacht over UWV, gemeente & adviseur: ‘niet teruggebeld’ (3×)! é ë ï ß 0123456789 abcdefghijklmnopqrstuvwxyz\n", MaxTextLength / 100 + 1))[..MaxTextLength];

    /// <summary>
    /// Known values of text fields, by field name. Objections asks the term rules with how an objection came in (Letter,
    /// Email) and the kind of letter objected to (Response, NotHandled); a waived hearing asks with neither (empty).
    /// </summary>
    private static readonly Dictionary<string, string[]> Known = new(StringComparer.Ordinal)
    {
        ["Trigger"] = [.. TermTriggers.All],
        ["Channel"] = [.. Enum.GetNames<ComplaintChannel>(), "Letter"],
        ["Category"] = [.. Enum.GetNames<ComplaintCategory>(), "Response", "NotHandled"],
    };

    private static readonly int[] Days = [-36500, -1, 0, 1, 365, 366, 36500];

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<object>> ByType = new();

    public static IReadOnlyList<object> For(Type inputType) => ByType.GetOrAdd(inputType, Combine);

    /// <summary>How an input appears in a message: its fields with their values, long texts shortened.</summary>
    public static string Describe(object input) =>
        string.Join(", ", input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"input.{p.Name} = {Show(p.GetValue(input))}"));

    private static List<object> Combine(Type inputType)
    {
        var constructor = inputType.GetConstructors().Single();
        var nullability = new NullabilityInfoContext();
        IEnumerable<object?[]> combinations = [[]];
        foreach (var parameter in constructor.GetParameters())
        {
            var values = ValuesOf(parameter, nullability);
            combinations = [.. combinations.SelectMany(combination => values.Select(value => (object?[])[.. combination, value]))];
        }

        return [.. combinations.Select(arguments => constructor.Invoke(arguments))];
    }

    private static IReadOnlyList<object?> ValuesOf(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            IEnumerable<object?> texts = ["", .. Known.GetValueOrDefault(parameter.Name!, ["x"]), Longest];
            return nullability.Create(parameter).WriteState == NullabilityState.Nullable ? [null, .. texts] : [.. texts];
        }

        return type == typeof(bool) ? [false, true]
            : type == typeof(int) ? [.. Days.Cast<object?>()]
            : type == typeof(int?) ? [null, .. Days.Cast<object?>()]
            : throw new NotSupportedException($"A rule input field of type {type.Name} has no representative values yet.");
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string { Length: > 24 } text => $"\"{text[..16]}…\" ({text.Length.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." })} tekens)",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
