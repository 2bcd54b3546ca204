using System.Globalization;
using System.Text.RegularExpressions;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// The hostile-input corpus files (Security/Corpus/*.tsv): one input per line as target&lt;TAB&gt;value, where \uXXXX is a
/// UTF-16 code unit, \\ a backslash and {{repeat:N:s}} the text s N times.
/// </summary>
internal static partial class HostileCorpus
{
    private static readonly string[] EnglishFragments = ["must not", "is not a valid", "is required", "Failed to read", "could not be converted", "must be"];

    public static List<(string Target, string Value)> Load(string file) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Security", "Corpus", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], Decode(parts[1])))];

    /// <summary>A 400 whose body is validation problem details in Dutch, not the framework's English defaults.</summary>
    public static bool IsDutchValidationProblem(string body) =>
        body.Contains("errors", StringComparison.Ordinal) && !EnglishFragments.Any(english => body.Contains(english, StringComparison.OrdinalIgnoreCase));

    public static string Show(string value) => value.Length > 40 ? $"{value[..40]}…({value.Length})" : value;

    [GeneratedRegex(@"<[A-Za-z/]")]
    public static partial Regex Markup();

    /// <summary>A lone UTF-16 surrogate is not a character; JSON carries it as U+FFFD.</summary>
    public static string AsJsonCarriesIt(string value) => LoneSurrogate().Replace(value, "\uFFFD");

    [GeneratedRegex(@"[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]")]
    private static partial Regex LoneSurrogate();

    private static string Decode(string text)
    {
        var unescaped = Escape().Replace(text, m => m.Groups["backslash"].Success ? "\\" : ((char)int.Parse(m.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        return Repeat().Replace(unescaped, m => string.Concat(Enumerable.Repeat(m.Groups["text"].Value, int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture))));
    }

    [GeneratedRegex(@"(?<backslash>\\\\)|\\u(?<code>[0-9A-Fa-f]{4})")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\{\{repeat:(?<count>\d+):(?<text>[^}]*)\}\}")]
    private static partial Regex Repeat();
}
