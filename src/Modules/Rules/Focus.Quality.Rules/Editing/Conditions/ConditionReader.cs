namespace Focus.Quality.Rules.Editing.Conditions;

/// <summary>A condition the builder can show, or in Dutch why it cannot (the raw view then shows the expression).</summary>
internal sealed record ReadCondition(Condition? Condition, string? Reason, Clause? First = null);

/// <summary>
/// Reads an expression back into builder lines. Only what <see cref="ConditionWriter"/> writes (and its obvious
/// equivalents) is accepted; anything else is left to the raw view rather than shown half.
/// </summary>
internal sealed class ConditionReader
{
    private readonly List<Token> _tokens;
    private readonly IReadOnlyList<ConditionField> _fields;
    private int _at;

    private ConditionReader(List<Token> tokens, IReadOnlyList<ConditionField> fields) => (_tokens, _fields) = (tokens, fields);

    private abstract record Node;

    private sealed record ClauseNode(Clause Clause) : Node;

    private sealed record GroupNode(Connective Connective, IReadOnlyList<Node> Items) : Node;

    private sealed record AlwaysNode : Node;

    private sealed class NotShowable(string reason) : Exception(reason);

    public static ReadCondition Read(string expression, IReadOnlyList<ConditionField> fields) =>
        Parse(expression, fields, node => node switch
        {
            AlwaysNode => new ReadCondition(Condition.Always, null),
            ClauseNode clause => new ReadCondition(new Condition(Connective.And, [clause.Clause]), null),
            GroupNode group => new ReadCondition(Flat(group), null),
            _ => throw new NotShowable("onbekende opbouw"),
        });

    /// <summary>An expression that starts with "<paramref name="firstField"/> is …" followed by the rest, as a term rule's clock start is written.</summary>
    public static ReadCondition ReadAfter(string expression, string firstField, IReadOnlyList<ConditionField> fields) =>
        Parse(expression, fields, node =>
        {
            Node[] items = node switch
            {
                ClauseNode clause => [clause],
                GroupNode { Connective: Connective.And } group => [.. group.Items],
                _ => [],
            };
            if (items is not [ClauseNode { Clause: { Operator: Operator.Is } first }, .. var rest] || first.Field != firstField)
            {
                throw new NotShowable($"de voorwaarde begint niet met één keuze voor \"{firstField}\"");
            }

            if (rest.Any(item => item is ClauseNode { Clause.Field: var field } && field == firstField))
            {
                throw new NotShowable($"\"{firstField}\" staat meer dan eens in de voorwaarde");
            }

            var condition = rest switch
            {
                [] => Condition.Always,
                [GroupNode { Connective: Connective.Or } or] => Flat(or),
                _ => Flat(new GroupNode(Connective.And, rest)),
            };
            return new ReadCondition(condition, null, first);
        });

    private static ReadCondition Parse(string expression, IReadOnlyList<ConditionField> fields, Func<Node, ReadCondition> shape)
    {
        if (ExpressionTokens.Split(expression) is not { } tokens)
        {
            return new ReadCondition(null, "de expressie bevat tekens of tekst die de bouwer niet kent");
        }

        try
        {
            var reader = new ConditionReader(tokens, fields);
            var node = reader.Any();
            reader.Expect(TokenKind.End, null);
            return shape(node);
        }
        catch (NotShowable problem)
        {
            return new ReadCondition(null, problem.Message);
        }
    }

    private static Condition Flat(GroupNode group) =>
        group.Items.All(i => i is ClauseNode)
            ? new Condition(group.Connective, [.. group.Items.Cast<ClauseNode>().Select(i => i.Clause)])
            : throw new NotShowable("\"en\" en \"of\" staan door elkaar tussen haakjes");

    private Node Any() => Group(Connective.Or, "||", () => Group(Connective.And, "&&", Single));

    private Node Group(Connective connective, string symbol, Func<Node> item)
    {
        var items = new List<Node> { item() };
        while (Accept(TokenKind.Symbol, symbol))
        {
            items.Add(item());
        }

        // (a && b) && c reads as a && b && c: the same connective needs no parentheses.
        var flat = items.SelectMany(i => i is GroupNode g && g.Connective == connective ? g.Items : [i]).ToList();
        return flat.Count == 1 ? flat[0] : new GroupNode(connective, flat);
    }

    private Node Single()
    {
        if (Accept(TokenKind.Symbol, "("))
        {
            var inner = Any();
            Expect(TokenKind.Symbol, ")");
            return inner;
        }

        if (Accept(TokenKind.Word, "true"))
        {
            return new AlwaysNode();
        }

        var negated = Accept(TokenKind.Symbol, "!");
        Expect(TokenKind.Word, "input");
        Expect(TokenKind.Symbol, ".");
        var name = Expect(TokenKind.Word, null).Value;
        var field = _fields.FirstOrDefault(f => f.Code == name) ?? throw new NotShowable($"het veld \"{name}\" bestaat niet");
        if (Accept(TokenKind.Symbol, "."))
        {
            Expect(TokenKind.Word, "Contains");
            Expect(TokenKind.Symbol, "(");
            var text = Expect(TokenKind.Text, null).Value;
            Expect(TokenKind.Symbol, ")");
            return Line(field, negated ? Operator.NotContains : Operator.Contains, text);
        }

        if (field.Kind == FieldKind.YesNo && (Peek.Kind is TokenKind.End || Peek.Value is "&&" or "||" or ")"))
        {
            return Line(field, Operator.Is, negated ? "false" : "true");
        }

        if (negated)
        {
            throw new NotShowable("\"niet\" staat voor iets anders dan een ja/nee-veld of \"bevat\"");
        }

        var comparison = Expect(TokenKind.Symbol, null).Value;
        var (value, isNull) = Value(field);
        var op = (comparison, isNull, field.Kind) switch
        {
            ("==", true, _) => Operator.IsEmpty,
            ("!=", true, _) => Operator.IsFilled,
            ("==", false, _) => Operator.Is,
            ("!=", false, _) => Operator.IsNot,
            (">", false, FieldKind.Date) => Operator.After,
            ("<", false, FieldKind.Date) => Operator.Before,
            (">", false, _) => Operator.GreaterThan,
            ("<", false, _) => Operator.LessThan,
            (">=", false, _) => Operator.AtLeast,
            ("<=", false, _) => Operator.AtMost,
            _ => throw new NotShowable($"de vergelijking \"{comparison}\" past niet bij dit veld"),
        };
        return Line(field, op, value);
    }

    private (string Value, bool IsNull) Value(ConditionField field)
    {
        if (Accept(TokenKind.Word, "null"))
        {
            return (string.Empty, true);
        }

        switch (field.Kind)
        {
            case FieldKind.Number:
                return (Expect(TokenKind.Number, null).Value, false);
            case FieldKind.YesNo:
                return (Accept(TokenKind.Word, "true") ? "true" : Expect(TokenKind.Word, "false").Value, false);
            case FieldKind.Date:
                Expect(TokenKind.Word, "DateOnly");
                Expect(TokenKind.Symbol, ".");
                Expect(TokenKind.Word, "Parse");
                Expect(TokenKind.Symbol, "(");
                var date = Expect(TokenKind.Text, null).Value;
                Expect(TokenKind.Symbol, ")");
                return DateOnly.TryParseExact(date, "yyyy-MM-dd", out _) ? (date, false) : throw new NotShowable($"\"{date}\" is geen datum als 2026-05-01");
            default:
                return (Expect(TokenKind.Text, null).Value, false);
        }
    }

    private ClauseNode Line(ConditionField field, Operator op, string value)
    {
        if (!field.Operators.Contains(op))
        {
            throw new NotShowable($"deze vergelijking past niet bij het veld \"{field.Name}\"");
        }

        if (field.Kind == FieldKind.Choice && op is Operator.Is or Operator.IsNot && !field.Values.Contains(value))
        {
            throw new NotShowable($"\"{value}\" staat niet in de keuzelijst van het veld \"{field.Name}\"");
        }

        return new ClauseNode(new Clause(field.Code, op, value));
    }

    private Token Peek => _tokens[_at];

    private bool Accept(TokenKind kind, string value)
    {
        if (Peek.Kind != kind || Peek.Value != value)
        {
            return false;
        }

        _at++;
        return true;
    }

    private Token Expect(TokenKind kind, string? value)
    {
        if (Peek.Kind != kind || (value is not null && Peek.Value != value))
        {
            throw new NotShowable(Peek.Kind == TokenKind.End ? "de expressie houdt te vroeg op" : $"\"{Peek.Value}\" past hier niet");
        }

        return _tokens[_at++];
    }
}
