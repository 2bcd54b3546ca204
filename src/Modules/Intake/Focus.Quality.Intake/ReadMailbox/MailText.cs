using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using MimeKit;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>
/// A message's body as plain text; mail HTML is never rendered. HtmlSanitizer first drops what is unsafe together
/// with its content (a script's code must not turn up as text), then, with no tag allowed, keeps only the text.
/// </summary>
internal static partial class MailText
{
    public static string? Of(MimeMessage message) =>
        message.TextBody is { } text ? Tidy(text)
        : message.HtmlBody is { } html ? Tidy(FromHtml(html))
        : null;

    private static string FromHtml(string html)
    {
        var safe = new HtmlSanitizer().Sanitize(BlockEnd().Replace(html, "$0\n"));
        var textOnly = new HtmlSanitizer { KeepChildNodes = true };
        textOnly.AllowedTags.Clear();
        return WebUtility.HtmlDecode(textOnly.Sanitize(safe));
    }

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return ManyBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
