namespace Focus.Quality.Rules.Editing.Conditions;

/// <summary>A condition as one Dutch line ("Kanaal is Telefoon en Dagen sinds ontvangst minstens 5"), for places too small for the builder.</summary>
internal static class ConditionSentence
{
    /// <param name="word">The Dutch word for an operator, a connective or yes/no, by its resource key.</param>
    /// <returns>The sentence, or null when the builder cannot read the expression (the caller says so in its own words).</returns>
    public static string? Describe(string expression, Glossary glossary, IReadOnlyList<ConditionField> fields, Func<string, string> word)
    {
        if (ConditionReader.Read(expression, fields).Condition is not { } condition)
        {
            return null;
        }

        var lines = condition.Clauses.Select(clause =>
        {
            var field = fields.First(f => f.Code == clause.Field);
            var value = field.Kind switch
            {
                FieldKind.Choice => Glossary.NameOf(glossary.Fields.TryGetValue(field.Code, out var entry) ? entry.Values : new Dictionary<string, GlossaryEntry>(), clause.Value),
                FieldKind.YesNo => word(clause.Value == "false" ? "Condition.No" : "Condition.Yes"),
                _ when clause.Operator is Operator.IsEmpty or Operator.IsFilled => string.Empty,
                FieldKind.Text => $"‘{clause.Value}’",
                _ => clause.Value,
            };
            // A yes/no field is named as a statement ("Wie de stap zet is de behandelaar"): "is" would say it twice.
            return field.Kind == FieldKind.YesNo ? $"{field.Name}: {value}" : $"{field.Name} {word($"Operator.{clause.Operator}")} {value}".TrimEnd();
        });
        return condition.Clauses.Count == 0 ? word("Condition.Always") : string.Join($" {word($"Condition.{condition.Connective}")} ", lines);
    }
}
