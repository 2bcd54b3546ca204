using System.Text.RegularExpressions;

namespace Focus.Quality.Intake.Domain;

/// <summary>
/// Dutch postcodes, taken leniently as people type them ("6711ab", "6711 AB", " 6711  ab ") and stored as PostNL writes
/// them: four digits (the first not 0), a space, two capitals.
/// </summary>
internal static partial class DutchPostcode
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    public static string Normalise(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value.ToUpperInvariant()}" : throw new ArgumentException($"'{text}' is not a Dutch postcode.", nameof(text));
    }

    [GeneratedRegex(@"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")]
    private static partial Regex Pattern();
}
