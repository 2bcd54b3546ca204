namespace Focus.Quality.Rules.Editing.Conditions;

/// <summary>What kind of value a field holds, which decides the operators and the value input the builder offers.</summary>
internal enum FieldKind
{
    /// <summary>Text with a known list of values (e.g. the complaint's category): picked, never typed.</summary>
    Choice,
    Text,
    Number,
    YesNo,
    Date,
}

internal enum Operator
{
    Is,
    IsNot,
    Contains,
    NotContains,
    GreaterThan,
    LessThan,
    AtLeast,
    AtMost,
    Before,
    After,
    IsEmpty,
    IsFilled,
}

internal enum Connective
{
    And,
    Or,
}

/// <summary>A field of a rule set's typed input, as the builder offers it; a choice field lists the codes it can hold.</summary>
internal sealed record ConditionField(string Code, FieldKind Kind, bool Nullable)
{
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The Dutch name from the rule set's glossary; the code until one is known.</summary>
    public string Name { get; init; } = Code;

    public IReadOnlyList<Operator> Operators => Kind switch
    {
        FieldKind.Choice => [Operator.Is, Operator.IsNot],
        FieldKind.Text => [Operator.Is, Operator.IsNot, Operator.Contains, Operator.NotContains],
        FieldKind.Number => Nullable
            ? [Operator.Is, Operator.IsNot, Operator.GreaterThan, Operator.LessThan, Operator.AtLeast, Operator.AtMost, Operator.IsEmpty, Operator.IsFilled]
            : [Operator.Is, Operator.IsNot, Operator.GreaterThan, Operator.LessThan, Operator.AtLeast, Operator.AtMost],
        FieldKind.YesNo => [Operator.Is],
        FieldKind.Date => Nullable
            ? [Operator.Is, Operator.Before, Operator.After, Operator.IsEmpty, Operator.IsFilled]
            : [Operator.Is, Operator.Before, Operator.After],
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

/// <summary>
/// One line of the builder: field, operator and value. The value is kept as the expression writes it without quotes:
/// a code for a choice, text, a whole number, "true"/"false" for yes/no and yyyy-MM-dd for a date; empty for
/// "is leeg"/"is ingevuld".
/// </summary>
internal sealed record Clause(string Field, Operator Operator, string Value);

/// <summary>A condition as the builder shows it: lines combined with one connective; no lines means "always".</summary>
internal sealed record Condition(Connective Connective, IReadOnlyList<Clause> Clauses)
{
    public static readonly Condition Always = new(Connective.And, []);

    public override string ToString() => $"{Connective}: {string.Join("; ", Clauses)}";
}
