using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Focus.Quality.Rules.Validation;

/// <summary>
/// Finds what the parsed expression already shows can grow without bound, before anything runs it: a padding width or a
/// repeat count that is not a small constant (<c>PadLeft(2000000000)</c> asks for 4 GB at once), a format whose width is
/// not, and a replacement text taken from the input (each replacement can multiply the text's length).
/// </summary>
internal sealed partial class UnboundedSize : ExpressionVisitor
{
    public const int MaxCount = 10_000;

    private static readonly string Limit = MaxCount.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." });

    /// <summary>
    /// Members that make a text or sequence as long as one of their arguments says: a string of count characters, a padding
    /// to totalWidth. The parser does not offer Enumerable today; should a setting ever add it, Repeat and Range are covered.
    /// </summary>
    private static readonly HashSet<(Type Type, string Member)> Sized =
        [(typeof(string), ".ctor"), (typeof(string), nameof(string.PadLeft)), (typeof(string), nameof(string.PadRight)), (typeof(Enumerable), nameof(Enumerable.Repeat)), (typeof(Enumerable), nameof(Enumerable.Range))];

    private static readonly HashSet<string> SizeParameters = ["count", "totalWidth"];

    private string? _found;

    /// <summary>The first unbounded part, in Dutch; null when there is none.</summary>
    public static string? Find(Expression expression)
    {
        var visitor = new UnboundedSize();
        visitor.Visit(expression);
        return visitor._found;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        _found ??= Check(node.Method, node.Arguments, $"'{node.Method.Name}'");
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        _found ??= node.Constructor is { } constructor ? Check(constructor, node.Arguments, "een tekst van herhaalde tekens") : null;
        return base.VisitNew(node);
    }

    private static string? Check(MethodBase member, IReadOnlyList<Expression> arguments, string what)
    {
        var parameters = member.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var (parameter, argument) = (parameters[i], arguments[i]);
            if (Sized.Contains((member.DeclaringType!, member.Name)) && SizeParameters.Contains(parameter.Name!) && (Constant(argument) is not long count || count > MaxCount))
            {
                return $"{what} met een aantal dat niet vastligt of boven de {Limit} ligt, kan onbeperkt veel geheugen vragen; gebruik een vast getal tot en met {Limit}";
            }

            if (parameter.Name == "format" && parameter.ParameterType == typeof(string) && !(Constant(argument) is string format && WidthsWithinLimit(format)))
            {
                return $"{what} met een opmaak die niet vastligt of een breedte boven de {Limit} heeft, kan onbeperkt veel geheugen vragen; gebruik een vaste opmaak";
            }

            if (member.DeclaringType == typeof(string) && parameter.Name == "newValue" && parameter.ParameterType == typeof(string) && Constant(argument) is not string)
            {
                return $"{what} met een vervangende tekst die niet vastligt, kan de tekst bij elke vervanging laten vermenigvuldigen; gebruik een vaste tekst (hoogstens {Limit} tekens)";
            }
        }

        return null;
    }

    private static object? Constant(Expression expression) => expression switch
    {
        ConstantExpression { Value: int or long or short or byte } number => Convert.ToInt64(number.Value, CultureInfo.InvariantCulture),
        ConstantExpression constant => constant.Value,
        UnaryExpression { NodeType: ExpressionType.Convert } conversion => Constant(conversion.Operand),
        _ => null,
    };

    private static bool WidthsWithinLimit(string format) =>
        Numbers().Matches(format).All(number => number.Value.Length <= 5 && int.Parse(number.Value, CultureInfo.InvariantCulture) <= MaxCount);

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
