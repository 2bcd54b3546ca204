using System.Text;

namespace Focus.Quality.Rules.Editing.Conditions;

/// <summary>Writes what the builder shows as a RulesEngine (Dynamic LINQ) expression over <c>input</c>.</summary>
internal static class ConditionWriter
{
    public static string Write(Condition condition, IReadOnlyList<ConditionField> fields) =>
        condition.Clauses.Count == 0
            ? "true"
            : string.Join(condition.Connective == Connective.And ? " && " : " || ", condition.Clauses.Select(c => Write(c, fields)));

    /// <summary>A clause that must hold first (a term's clock start) followed by the rest; "of" lines go in parentheses.</summary>
    public static string WriteAfter(Clause first, Condition rest, IReadOnlyList<ConditionField> fields)
    {
        var head = Write(first, fields);
        return rest.Clauses.Count switch
        {
            0 => head,
            1 => $"{head} && {Write(rest, fields)}",
            _ => rest.Connective == Connective.And ? $"{head} && {Write(rest, fields)}" : $"{head} && ({Write(rest, fields)})",
        };
    }

    public static string Write(Clause clause, IReadOnlyList<ConditionField> fields)
    {
        var field = fields.Single(f => f.Code == clause.Field);
        var left = $"input.{field.Code}";
        var value = Literal(field.Kind, clause.Value);
        return clause.Operator switch
        {
            Operator.Is when field.Kind == FieldKind.YesNo => clause.Value == "false" ? $"!{left}" : left,
            Operator.Is => $"{left} == {value}",
            Operator.IsNot => $"{left} != {value}",
            Operator.Contains => $"{left}.Contains({value})",
            Operator.NotContains => $"!{left}.Contains({value})",
            Operator.GreaterThan or Operator.After => $"{left} > {value}",
            Operator.LessThan or Operator.Before => $"{left} < {value}",
            Operator.AtLeast => $"{left} >= {value}",
            Operator.AtMost => $"{left} <= {value}",
            Operator.IsEmpty => $"{left} == null",
            Operator.IsFilled => $"{left} != null",
            _ => throw new ArgumentOutOfRangeException(nameof(clause), clause.Operator, null),
        };
    }

    private static string Literal(FieldKind kind, string value) => kind switch
    {
        FieldKind.Number => value,
        FieldKind.YesNo => value,
        FieldKind.Date => $"DateOnly.Parse({Quoted(value)})",
        _ => Quoted(value),
    };

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch { '"' => "\\\"", '\\' => "\\\\", _ => c.ToString() });
        }

        return quoted.Append('"').ToString();
    }
}
