using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Compiles rule expressions the way RulesEngine does (System.Linq.Dynamic.Core, one parameter named <c>input</c>), so a
/// draft is checked against the typed input before anything runs it. The parser only knows the input's members and
/// predefined types: <c>System.IO.File</c> and the like are unknown identifiers, not a way out.
/// </summary>
internal static partial class RuleExpressions
{
    private const int MaxLength = 2000;
    private const int MaxNesting = 25;
    private static readonly ParsingConfig Config = WithoutCustomTypes(new ParsingConfig { AllowNewToEvaluateAnyType = false });

    public static Func<T, bool> Compile<T>(string expression) => (Func<T, bool>)Parse(typeof(T), expression).Compile();

    /// <summary>The expression as a lambda over one parameter <c>input</c> of <paramref name="inputType"/>, yielding a boolean.</summary>
    public static LambdaExpression Parse(Type inputType, string expression) =>
        DynamicExpressionParser.ParseLambda(Config, [Expression.Parameter(inputType, "input")], typeof(bool), expression);

    /// <summary>Null when the expression compiles to a boolean over <paramref name="inputType"/>; otherwise the Dutch reason and position.</summary>
    public static (string Message, int Position)? Check(Type inputType, string expression)
    {
        // The parser descends once per bracket: a bound keeps a pathological draft from exhausting the stack.
        if (expression.Length > MaxLength)
        {
            return ($"de expressie is te lang (hoogstens {MaxLength} tekens)", MaxLength);
        }

        if (DeepestNesting(expression) is var (depth, position) && depth > MaxNesting)
        {
            return ($"de expressie heeft te veel haakjes in elkaar (hoogstens {MaxNesting})", position + 1);
        }

        LambdaExpression lambda;
        try
        {
            lambda = Parse(inputType, expression);
        }
        catch (ParseException error)
        {
            return (Explain(inputType, error.Message), error.Position + 1);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The parser itself has bugs (np(input) indexes past its arguments): whatever it throws is the draft's problem, not a 500.
            return ($"de expressie kan niet worden vertaald ({error.Message})", 1);
        }

        if (DivisionByZero.IsIn(lambda))
        {
            return ("de expressie deelt door nul en zou bij elke klacht een fout geven", 1);
        }

        return UnboundedSize.Find(lambda) is { } unbounded ? (unbounded, 1) : null;
    }

    private static ParsingConfig WithoutCustomTypes(ParsingConfig config)
    {
        config.CustomTypeProvider = new NoCustomTypes(config);
        return config;
    }

    private static (int Depth, int Position) DeepestNesting(string expression)
    {
        var (depth, deepest, position) = (0, 0, 0);
        for (var i = 0; i < expression.Length; i++)
        {
            depth += expression[i] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (depth > deepest)
            {
                (deepest, position) = (depth, i);
            }
        }

        return (deepest, position);
    }

    public static string Fields(Type inputType) =>
        string.Join(", ", inputType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"input.{p.Name}"));

    private static string Explain(Type inputType, string message)
    {
        if (UnknownMember().Match(message) is { Success: true } member)
        {
            return $"onbekend veld '{member.Groups[1].Value}'; beschikbaar zijn {Fields(inputType)}";
        }

        if (UnknownIdentifier().Match(message) is { Success: true } identifier)
        {
            return $"onbekende naam '{identifier.Groups[1].Value}'; een regel kan alleen {Fields(inputType)} gebruiken";
        }

        if (InaccessibleType().Match(message) is { Success: true } type)
        {
            return $"'{type.Groups[1].Value}' is niet toegestaan; een regel kan alleen {Fields(inputType)} gebruiken";
        }

        if (message.Contains("Expression of type 'Boolean' expected", StringComparison.Ordinal) || message.Contains("of type 'Boolean'", StringComparison.Ordinal))
        {
            return "de expressie moet waar of onwaar opleveren";
        }

        return $"de expressie is ongeldig ({message})";
    }

    [GeneratedRegex("No property or field '([^']+)' exists")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("Type '([^']+)' not (?:found|accessible)|Methods on type '([^']+)' are not accessible")]
    private static partial Regex InaccessibleType();

    [GeneratedRegex("Unknown identifier '([^']+)'")]
    private static partial Regex UnknownIdentifier();
}

/// <summary>
/// By default the parser scans every loaded assembly for types marked <c>[DynamicLinqType]</c> to offer them in
/// expressions, a third of a CPU-second at each start; rules offer none, as RulesEngine's own parser does.
/// </summary>
internal sealed class NoCustomTypes(ParsingConfig config) : DefaultDynamicLinqCustomTypeProvider(config)
{
    public override HashSet<Type> GetCustomTypes() => [];
}

/// <summary>Finds a division or remainder by the constant zero, which would throw for every input.</summary>
internal sealed class DivisionByZero : ExpressionVisitor
{
    private bool _found;

    public static bool IsIn(Expression expression)
    {
        var visitor = new DivisionByZero();
        visitor.Visit(expression);
        return visitor._found;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        _found |= node.NodeType is ExpressionType.Divide or ExpressionType.Modulo
            && node.Right is ConstantExpression { Value: { } divisor } && Convert.ToDouble(divisor, System.Globalization.CultureInfo.InvariantCulture) == 0;
        return base.VisitBinary(node);
    }
}
