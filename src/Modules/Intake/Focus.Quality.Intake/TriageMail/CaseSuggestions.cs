using System.Text.RegularExpressions;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.Resources;
using Focus.Quality.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.TriageMail;

/// <summary>
/// The cases a mail probably belongs to, strongest first, each with why in the handler's words: a reply to one of our
/// mails about the case, the case's reference in the subject or the text, or an open case of the same sender.
/// </summary>
internal sealed partial class CaseSuggestions(IntakeDbContext db, ICaseStandings standings, IStringLocalizer<IntakeText> text)
{
    public async Task<IReadOnlyList<CaseSuggestion>> ForAsync(InboxMail mail, CancellationToken cancellationToken)
    {
        var reasons = new List<(string Reference, string Reason, bool AnswersDecision)>();
        foreach (var thread in Threads(mail))
        {
            reasons.Add((thread.Reference, text[thread.AnswersDecision ? "Inbox.Suggest.ReplyToDecision" : "Inbox.Suggest.Reply", thread.Reference], thread.AnswersDecision));
        }

        reasons.AddRange(Mentioned(mail.Subject).Select(r => (r, text["Inbox.Suggest.InSubject", r].Value, false)));
        reasons.AddRange(Mentioned(mail.Text).Select(r => (r, text["Inbox.Suggest.InText", r].Value, false)));
        var mentioned = reasons.Select(r => r.Reference).Distinct().ToList();
        var sender = mail.FromAddress?.ToLowerInvariant();
        var known = await db.Complaints.AsNoTracking()
            .Where(c => mentioned.Contains(c.Reference) || (sender != null && c.Email != null && c.Email.ToLower() == sender))
            .Select(c => new { c.Reference, c.ComplainantName, c.Email })
            .ToListAsync(cancellationToken);
        var standing = (await standings.OfAsync([.. known.Select(c => c.Reference)], cancellationToken)).ToDictionary(s => s.Reference);
        foreach (var complaint in known.Where(c => string.Equals(c.Email, sender, StringComparison.OrdinalIgnoreCase) && standing.GetValueOrDefault(c.Reference)?.IsOpen == true))
        {
            reasons.Add((complaint.Reference, text["Inbox.Suggest.SenderHasOpenCase", complaint.Reference], false));
        }

        var names = known.ToDictionary(c => c.Reference, c => c.ComplainantName);
        return [.. reasons.Where(r => names.ContainsKey(r.Reference))
            .GroupBy(r => r.Reference)
            .Select(g => new CaseSuggestion(
                g.Key, names[g.Key], [.. g.Select(r => r.Reason).Distinct()],
                standing.GetValueOrDefault(g.Key)?.IsOpen ?? false,
                g.Any(r => r.AnswersDecision) && standing.GetValueOrDefault(g.Key)?.AwaitsObjection == true))];
    }

    /// <summary>The cases of our mails this one answers, most recent reply first (In-Reply-To, then References from the end).</summary>
    private static IEnumerable<ThreadedMail> Threads(InboxMail mail) =>
        new[] { mail.InReplyTo }.Concat((mail.References ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
            .Select(MailThread.Of)
            .OfType<ThreadedMail>()
            .DistinctBy(t => t.Reference);

    private static IEnumerable<string> Mentioned(string? content) =>
        content is null ? [] : ReferencePattern().Matches(content).Select(m => m.Value.ToUpperInvariant()).Distinct();

    [GeneratedRegex(@"\bKL-\d{4}-\d{5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();
}

/// <param name="AnswersDecision">The mail replies to the case's response or not-handled letter, which still awaits an objection: it may be one.</param>
internal sealed record CaseSuggestion(string Reference, string ComplainantName, IReadOnlyList<string> Reasons, bool IsOpen, bool AnswersDecision);
