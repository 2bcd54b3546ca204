using System.Globalization;
using System.Text.RegularExpressions;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Whether two workflow guards can both be true for one case. Only pairs that are exclusive by their form count as
/// exclusive — one the negation of the other, or two comparisons of one field that cannot hold together (what the
/// condition builder writes) — so that one action from one state never has two possible outcomes.
/// </summary>
internal static partial class GuardOverlap
{
    public static bool CanBothHold(string? first, string? second)
    {
        if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(second))
        {
            return true;
        }

        var (a, b) = (Normalise(first), Normalise(second));
        if (a == Negated(b) || b == Negated(a))
        {
            return false;
        }

        return !(Comparison.TryParse(a, out var x) && Comparison.TryParse(b, out var y) && x.Field == y.Field && x.Excludes(y));
    }

    private static string Normalise(string guard)
    {
        var trimmed = Spaces().Replace(guard.Trim(), " ");
        while (trimmed.StartsWith('(') && trimmed.EndsWith(')') && Balanced(trimmed[1..^1]))
        {
            trimmed = trimmed[1..^1].Trim();
        }

        return trimmed;
    }

    private static string? Negated(string guard) => guard.StartsWith('!') ? Normalise(guard[1..]) : null;

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed partial record Comparison(string Field, string Operator, string Value)
    {
        public static bool TryParse(string guard, out Comparison comparison)
        {
            var match = Pattern().Match(guard);
            comparison = match.Success ? new Comparison(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim()) : null!;
            return match.Success;
        }

        private static readonly HashSet<(string, string)> ExclusiveOnOneValue =
        [
            ("==", "!="), ("!=", "=="), (">", "<="), ("<=", ">"), ("<", ">="), (">=", "<"),
            (">", "<"), ("<", ">"), (">", "=="), ("==", ">"), ("<", "=="), ("==", "<"),
        ];

        public bool Excludes(Comparison other)
        {
            if (Value == other.Value)
            {
                return ExclusiveOnOneValue.Contains((Operator, other.Operator));
            }

            if (Operator == "==" && other.Operator == "==")
            {
                return true;
            }

            return Number(Value) is { } mine && Number(other.Value) is { } theirs
                && (Below(Operator, mine, other.Operator, theirs) || Below(other.Operator, theirs, Operator, mine));
        }

        private static double? Number(string value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

        /// <summary>An upper bound under a lower bound: "&lt; 5" and "&gt; 10" leave no number between them.</summary>
        private static bool Below(string upperOperator, double upper, string lowerOperator, double lower) =>
            upperOperator is "<" or "<=" && lowerOperator is ">" or ">="
            && (upper < lower || (upper == lower && (upperOperator == "<" || lowerOperator == ">")));

        // One field against one literal or field: a value like `"a" || input.X == "b"` is no single value.
        [GeneratedRegex(@"^(input\.\w+)\s*(==|!=|>=|<=|>|<)\s*(""[^""]*""|-?\d+(?:\.\d+)?|input\.\w+|true|false|null)$")]
        private static partial Regex Pattern();
    }
}
