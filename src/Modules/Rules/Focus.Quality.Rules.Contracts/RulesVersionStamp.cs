namespace Focus.Quality.Rules.Contracts;

/// <summary>One rule set in a version stamp: its kind ("terms", "calendar") and its published number, null when it came from a file.</summary>
public sealed record RuleSetStamp(string Kind, int? Number);

/// <summary>
/// Reads the version stamped on every term and advice ("terms@v1+admissibility@v2+objections@v1+calendar@v1"), so a
/// screen can name its parts in words instead of showing the stamp.
/// </summary>
public static class RulesVersionStamp
{
    public static IReadOnlyList<RuleSetStamp> Parse(string stamp) =>
    [
        .. stamp.Split('+', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('@', 2))
            .Select(part => new RuleSetStamp(part[0], part is [_, ['v', .. var number]] && int.TryParse(number, out var n) ? n : null)),
    ];
}
