using System.Text.RegularExpressions;
using MimeKit;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The status-page links in the mails the app wrote to its pickup folder, as a complainant would click them.</summary>
internal static partial class PortalMail
{
    public static async Task<Uri> LinkAsync(FocusApp app, string subject, int skip = 0)
    {
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        var body = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Subject == subject).OrderBy(m => m.Date).Skip(skip)
                .Select(m => m.TextBody).FirstOrDefault()
            : null));
        return new Uri(Link().Match(body!).Value);
    }

    /// <summary>The first mail with <paramref name="subject"/> the app wrote to its pickup folder, once it is there.</summary>
    public static async Task<MimeMessage> MailAsync(FocusApp app, string subject)
    {
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        return (await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).FirstOrDefault(m => m.Subject == subject)
            : null)))!;
    }

    /// <summary>The path and query of a link, for the test server's client.</summary>
    public static string Local(Uri link) => link.PathAndQuery;

    [GeneratedRegex(@"https?://\S+/mijn-klacht/\S+")]
    private static partial Regex Link();
}
