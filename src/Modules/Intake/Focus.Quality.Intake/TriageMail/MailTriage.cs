using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Time;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.TriageMail;

/// <summary>The unlinked mails of the complaints mailbox and what a handler decides about each.</summary>
internal sealed class MailTriage(
    IntakeDbContext db, IWorkingDayCalendar calendar, IDocumentStore documents, CaseSuggestions suggestions, IStringLocalizer<IntakeText> text, TimeProvider clock)
{
    /// <summary>The term a mail's complaint gets for its acknowledgement, counted from its arrival.</summary>
    public const int TermInWorkingDays = 5;

    /// <summary>A mail should be taken in (registered, added, set aside) within this many working days of its arrival.</summary>
    public const int HandleWithinWorkingDays = 1;

    /// <summary>Mails a person wrote that are not yet linked, oldest first.</summary>
    public async Task<IReadOnlyList<OpenMail>> OpenAsync(CancellationToken cancellationToken)
    {
        var mails = await db.InboxMails.AsNoTracking()
            .Where(m => m.Status == InboxMailStatus.Open && m.Kind == InboxMailKind.Mail)
            .ToListAsync(cancellationToken);
        var today = AmsterdamTime.DateOf(clock.GetUtcNow());
        return [.. mails.OrderBy(m => m.ArrivedAt).Select(m => new OpenMail(
            m.Id, m.ArrivedAt, m.FromName ?? m.FromAddress ?? "", m.Subject ?? "", m.Note,
            calendar.WorkingDaysBetween(today, calendar.AddWorkingDays(AmsterdamTime.DateOf(m.ArrivedAt), TermInWorkingDays)),
            today > calendar.AddWorkingDays(AmsterdamTime.DateOf(m.ArrivedAt), HandleWithinWorkingDays)))];
    }

    public Task<InboxMail?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.InboxMails.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>Links the mail to the case it became; the case receives its .eml and attachments through the event.</summary>
    public async Task RegisteredAsync(Guid id, string caseReference, string by, CancellationToken cancellationToken)
    {
        var mail = await db.InboxMails.SingleAsync(m => m.Id == id, cancellationToken);
        if (mail.Status == InboxMailStatus.Open)
        {
            await LinkAsync(mail, InboxMailStatus.RegisteredAsComplaint, caseReference, by, cancellationToken);
        }
    }

    /// <summary>The cases this mail probably belongs to, with why; the handler confirms one or names another.</summary>
    public async Task<IReadOnlyList<CaseSuggestion>> SuggestionsAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } mail ? await suggestions.ForAsync(mail, cancellationToken) : [];

    /// <summary>Adds the mail to an existing case (a reply, more information): it lands on the case's timeline and its handler is told.</summary>
    public Task<Result<string>> AddToCaseAsync(Guid id, string reference, string by, CancellationToken cancellationToken) =>
        LinkToExistingAsync(id, reference, InboxMailStatus.AddedToCase, by, cancellationToken);

    /// <summary>
    /// An objection to the case's letter: the mail goes on the case like any other, and waits for the director, who
    /// registers it with the .eml as the written objection (<see cref="IObjectionMails"/>).
    /// </summary>
    public Task<Result<string>> ForObjectionAsync(Guid id, string reference, string by, CancellationToken cancellationToken) =>
        LinkToExistingAsync(id, reference, InboxMailStatus.ForObjection, by, cancellationToken);

    private async Task<Result<string>> LinkToExistingAsync(Guid id, string reference, InboxMailStatus status, string by, CancellationToken cancellationToken)
    {
        reference = reference.Trim().ToUpperInvariant();
        var mail = await db.InboxMails.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null)
        {
            return Result<string>.NotFound();
        }

        if (mail.Status != InboxMailStatus.Open)
        {
            return Result<string>.Conflict(text["Inbox.AlreadyHandled"]);
        }

        if (!await db.Complaints.AnyAsync(c => c.Reference == reference, cancellationToken))
        {
            return Result<string>.Invalid(nameof(InboxMail.CaseReference), text["Inbox.UnknownReference", reference]);
        }

        await LinkAsync(mail, status, reference, by, cancellationToken);
        return Result<string>.Success(reference);
    }

    private async Task LinkAsync(InboxMail mail, InboxMailStatus status, string caseReference, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        mail.Decide(status, by, now);
        mail.CaseReference = caseReference;
        db.Publish(new MailLinkedToCase(
            Guid.CreateVersion7(), now, caseReference, mail.ArrivedAt, mail.Subject, await DocumentsOfAsync(mail, cancellationToken), by,
            AddsToCase: status != InboxMailStatus.RegisteredAsComplaint));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Not a complaint (spam, a question, wrong address); the reason stays with the mail.</summary>
    public async Task SetAsideAsync(Guid id, string reason, string by, CancellationToken cancellationToken)
    {
        var mail = await db.InboxMails.SingleAsync(m => m.Id == id && m.Status == InboxMailStatus.Open, cancellationToken);
        mail.Decide(InboxMailStatus.SetAside, by, clock.GetUtcNow());
        mail.SetAsideReason = reason;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Undoes setting aside: the mail is open again, its earlier reason kept until the next decision.</summary>
    public async Task ReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        var mail = await db.InboxMails.SingleAsync(m => m.Id == id && m.Status == InboxMailStatus.SetAside, cancellationToken);
        mail.Status = InboxMailStatus.Open;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<LinkedMailDocument>> DocumentsOfAsync(InboxMail mail, CancellationToken cancellationToken)
    {
        var eml = new LinkedMailDocument(EmlFileName(mail), "message/rfc822", await SizeAsync(mail.EmlDocumentKey, cancellationToken), mail.EmlDocumentKey);
        var attachments = new List<LinkedMailDocument> { eml };
        foreach (var attachment in mail.Attachments)
        {
            attachments.Add(new LinkedMailDocument(attachment.FileName, attachment.ContentType, await SizeAsync(attachment.DocumentKey, cancellationToken), attachment.DocumentKey));
        }

        return attachments;
    }

    /// <summary>The name the original gets on a case or objection: when it arrived, not the sender's subject.</summary>
    public static string EmlFileName(InboxMail mail) => $"e-mail {TimeZoneInfo.ConvertTime(mail.ArrivedAt, AmsterdamTime.Zone):yyyy-MM-dd HH.mm}.eml";

    private async Task<long> SizeAsync(string key, CancellationToken cancellationToken)
    {
        await using var content = await documents.OpenAsync(key, cancellationToken);
        return content.Length;
    }
}

/// <param name="Overdue">Not taken in within <see cref="MailTriage.HandleWithinWorkingDays"/> working day of its arrival.</param>
internal sealed record OpenMail(Guid Id, DateTimeOffset ArrivedAt, string From, string Subject, string? Note, int WorkingDaysLeft, bool Overdue);
