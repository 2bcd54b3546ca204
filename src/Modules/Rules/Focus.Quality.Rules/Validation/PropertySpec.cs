using System.Globalization;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Editing;

namespace Focus.Quality.Rules.Validation;

/// <summary>A property a rule of some kind must (or may) carry, e.g. a term rule's Count, and what a valid value looks like.</summary>
internal sealed record PropertySpec(string Key, bool Required, string Expected, Func<string, bool> IsValid)
{
    /// <summary>The property as a quality officer knows it, for problems shown on a Dutch screen.</summary>
    public string Label { get; private init; } = Key;

    /// <summary>Another property and the value it must have for this one to mean anything; null when this one stands alone.</summary>
    public (string Key, string Value)? OnlyWith { get; private init; }

    public static PropertySpec Text(string key) => new(key, true, "een tekst", value => value.Trim().Length > 0);

    public static PropertySpec Number(string key, int min, int max, bool required = true) =>
        new(key, required, $"een geheel getal van {min} t/m {max}", value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);

    public static PropertySpec YesNo(string key) => new(key, false, "ja of nee", value => bool.TryParse(value, out _));

    public static PropertySpec OneOf<TEnum>(string key, bool required = true)
        where TEnum : struct, Enum =>
        new(key, required, "een keuze uit de lijst", value => Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _));

    /// <summary>This property, allowed only where <paramref name="key"/> is <paramref name="value"/>: a setting that would otherwise be silently ignored.</summary>
    public PropertySpec Requires(string key, string value) => this with { OnlyWith = (key, value) };

    public PropertySpec Named(string label) => this with { Label = label };

    // Every rule carries its Dutch name and explanation, so a rule added later is named like the seeded ones.
    private static readonly PropertySpec[] Naming = [Text(Glossary.RuleName).Named("naam"), Text(Glossary.RuleExplanation).Named("uitleg")];

    public static readonly IReadOnlyList<PropertySpec> TermRule =
    [
        .. Naming,
        Text("Term").Named("termijn"),
        OneOf<TermUnit>("Unit").Named("eenheid"),
        Number("Count", 1, 3650).Named("aantal"),
        Number("WarnBeforeWorkingDays", 0, 60, required: false).Named("waarschuwen vooraf"),
        YesNo("RunsToNextWorkingDay").Named("doorlopen naar de volgende dag"),
        OneOf<ExtensionDays>("ExtendsWhenEndingOn", required: false).Requires("RunsToNextWorkingDay", "true").Named("welke dagen verlengen"),
        OneOf<TermOwner>("Owner", required: false).Named("wiens termijn"),
    ];

    public static readonly IReadOnlyList<PropertySpec> AdmissibilityRule =
        [.. Naming, OneOf<NotHandledReason>("Reason").Named("grond"), Text("Explanation").Named("toelichting"), Text("SuggestedMotivation").Named("voorgestelde motivering")];

    public static readonly IReadOnlyList<PropertySpec> ObjectionRule = [.. Naming, Text("Explanation").Named("toelichting"), Text("SuggestedMotivation").Named("voorgestelde motivering")];
}
