using System.Text;

namespace Focus.Quality.Rules.Editing.Conditions;

internal enum TokenKind
{
    Word,
    Text,
    Number,
    Symbol,
    End,
}

internal sealed record Token(TokenKind Kind, string Value);

/// <summary>Splits an expression into the few tokens the builder's expressions are made of; anything else is not the builder's.</summary>
internal static class ExpressionTokens
{
    private static readonly string[] Symbols = ["&&", "||", "==", "!=", ">=", "<=", ">", "<", "!", "(", ")", "."];

    public static List<Token>? Split(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, expression[start..i]));
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < expression.Length && char.IsDigit(expression[i + 1])))
            {
                var start = i++;
                while (i < expression.Length && char.IsDigit(expression[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, expression[start..i]));
            }
            else if (c == '"')
            {
                if (ReadText(expression, ref i) is not { } text)
                {
                    return null;
                }

                tokens.Add(new Token(TokenKind.Text, text));
            }
            else if (Symbols.FirstOrDefault(s => string.CompareOrdinal(expression, i, s, 0, s.Length) == 0) is { } symbol)
            {
                tokens.Add(new Token(TokenKind.Symbol, symbol));
                i += symbol.Length;
            }
            else
            {
                return null;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }

    private static string? ReadText(string expression, ref int i)
    {
        var text = new StringBuilder();
        for (i++; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"')
            {
                i++;
                return text.ToString();
            }

            if (c == '\\')
            {
                if (++i >= expression.Length || expression[i] is not ('"' or '\\'))
                {
                    return null;
                }

                c = expression[i];
            }

            text.Append(c);
        }

        return null;
    }
}
