using Focus.Quality.Intake.Domain;
using MimeKit;

namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>Tells bounces, auto-replies and our own mail from what a person wrote, so none of them counts as a complaint.</summary>
internal static class MailKinds
{
    private static readonly string[] DaemonNames = ["mailer-daemon", "postmaster"];

    /// <summary>RFC 3834's Auto-Submitted, and the older headers out-of-office responders still send instead.</summary>
    private static readonly string[] AutoReplyHeaders = ["X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"];

    private static readonly string[] AutomaticPrecedence = ["auto_reply", "bulk", "junk"];

    public static InboxMailKind Of(MimeMessage message, MailboxAddress from, string? ownAddress)
    {
        if (IsBounce(message, from))
        {
            return InboxMailKind.Bounce;
        }

        if (IsAutoReply(message))
        {
            return InboxMailKind.AutoReply;
        }

        return string.Equals(from.Address, ownAddress, StringComparison.OrdinalIgnoreCase)
            ? InboxMailKind.OwnSender
            : InboxMailKind.Mail;
    }

    private static bool IsBounce(MimeMessage message, MailboxAddress from) =>
        message.Body is MultipartReport report && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase)
        || DaemonNames.Contains(from.LocalPart, StringComparer.OrdinalIgnoreCase);

    private static bool IsAutoReply(MimeMessage message)
    {
        var autoSubmitted = message.Headers[HeaderId.AutoSubmitted];
        return !string.IsNullOrWhiteSpace(autoSubmitted) && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase)
            || AutoReplyHeaders.Any(header => message.Headers.Contains(header))
            || AutomaticPrecedence.Contains(message.Headers[HeaderId.Precedence]?.Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
