using System.Globalization;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Validation;

/// <summary>A property a rule of some kind must (or may) carry, e.g. a term rule's Count, and what a valid value looks like.</summary>
internal sealed record PropertySpec(string Key, bool Required, string Expected, Func<string, bool> IsValid)
{
    /// <summary>Another property and the value it must have for this one to mean anything; null when this one stands alone.</summary>
    public (string Key, string Value)? OnlyWith { get; private init; }

    public static PropertySpec Text(string key) => new(key, true, "een tekst", value => value.Trim().Length > 0);

    public static PropertySpec Number(string key, int min, int max, bool required = true) =>
        new(key, required, $"een geheel getal van {min} t/m {max}", value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);

    public static PropertySpec YesNo(string key) => new(key, false, "true of false", value => bool.TryParse(value, out _));

    public static PropertySpec OneOf<TEnum>(string key, bool required = true)
        where TEnum : struct, Enum =>
        new(key, required, "één van " + string.Join(", ", Enum.GetNames<TEnum>()), value => Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _));

    /// <summary>This property, allowed only where <paramref name="key"/> is <paramref name="value"/>: a setting that would otherwise be silently ignored.</summary>
    public PropertySpec Requires(string key, string value) => this with { OnlyWith = (key, value), Expected = $"{Expected}, alleen samen met {key}: {value}" };

    public static readonly IReadOnlyList<PropertySpec> TermRule =
    [
        Text("Term"),
        OneOf<TermUnit>("Unit"),
        Number("Count", 1, 3650),
        Number("WarnBeforeWorkingDays", 0, 60, required: false),
        YesNo("RunsToNextWorkingDay"),
        OneOf<ExtensionDays>("ExtendsWhenEndingOn", required: false).Requires("RunsToNextWorkingDay", "true"),
        OneOf<TermOwner>("Owner", required: false),
    ];

    public static readonly IReadOnlyList<PropertySpec> AdmissibilityRule = [OneOf<NotHandledReason>("Reason"), Text("Explanation"), Text("SuggestedMotivation")];

    public static readonly IReadOnlyList<PropertySpec> ObjectionRule = [Text("Explanation"), Text("SuggestedMotivation")];
}
