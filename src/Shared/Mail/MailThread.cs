using System.Text.RegularExpressions;

namespace Focus.Quality.Shared.Mail;

/// <summary>
/// The Message-ID of a mail we send about a case names the case and what the mail was, so a reply's In-Reply-To or
/// References header leads back to the case without a table of every mail ever sent.
/// </summary>
public static partial class MailThread
{
    private const string Domain = "focus-quality";

    public static string MessageId(Guid mailId, string? reference, string? topic) =>
        reference is null ? $"{mailId:N}@{Domain}" : $"{reference}.{topic ?? MailTopics.Other}.{mailId:N}@{Domain}";

    /// <summary>
    /// The subject with the case's reference in it: a template a quality officer edited may have dropped it, and the
    /// complainant's mail program keeps the subject on a reply.
    /// </summary>
    public static string Subject(string subject, string? reference) =>
        reference is null || subject.Contains(reference, StringComparison.OrdinalIgnoreCase) ? subject : $"{subject} ({reference})";

    /// <summary>The case and topic of one of our Message-IDs; null for anyone else's (or our mails about no case).</summary>
    public static ThreadedMail? Of(string? messageId)
    {
        var match = messageId is null ? null : OursPattern().Match(messageId.Trim());
        return match is { Success: true } ? new ThreadedMail(match.Groups["reference"].Value, match.Groups["topic"].Value) : null;
    }

    [GeneratedRegex(@"^<?(?<reference>[A-Z]{2}-\d{4}-\d{5})\.(?<topic>[a-z-]+)\.[0-9a-f]{32}@focus-quality>?$")]
    private static partial Regex OursPattern();
}

/// <summary>A reply's case and the topic of the mail of ours it answers.</summary>
public sealed record ThreadedMail(string Reference, string Topic)
{
    /// <summary>A reply to the written response or the not-handled letter may well be an objection to it.</summary>
    public bool AnswersDecision => Topic is MailTopics.Response or MailTopics.NotHandled;
}

/// <summary>What a mail of ours about a case was; part of its Message-ID, so only short stable codes.</summary>
public static class MailTopics
{
    public const string Acknowledgement = "ontvangst";
    public const string Response = "reactie";
    public const string NotHandled = "niet-in-behandeling";
    public const string TermExtended = "termijn";
    public const string InformationRequest = "informatie";
    public const string PortalLink = "statuslink";
    public const string Objection = "bezwaar";
    public const string Other = "bericht";
}
