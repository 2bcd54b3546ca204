using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.TermSignals;

/// <summary>The objections' part of the term-signal job: signals go on the objection's timeline and are mailed to the directors.</summary>
internal sealed class ObjectionTermSignaller(ObjectionsDbContext db, IStaffDirectory staff, IStringLocalizer<ObjectionsText> text, TimeProvider clock) : ITermSignaller
{
    public string Module => "Objections";

    public async Task<IReadOnlyList<Guid>> CandidatesAsync(DateOnly today, int max, CancellationToken cancellationToken) =>
        await db.Objections
            .Where(o => o.NextDueDate != null)
            .Where(o => o.Terms.Any(t => t.CompletedOn == null &&
                ((t.BreachedAt == null && t.DueDate < today) || (t.WarnedAt == null && t.BreachedAt == null && t.WarnFrom <= today))))
            .Select(o => o.Id)
            .Take(max)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TermSignal>> SignalAsync(Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.Include(o => o.Timeline).SingleAsync(o => o.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        var signalled = objection.SignalTerms(today, now);
        if (signalled.Count == 0)
        {
            return [];
        }

        foreach (var director in await staff.InRoleAsync(AppRoles.Director, cancellationToken))
        {
            db.Publish(DutchLetters.Compose(() =>
            {
                var lines = signalled.Select(s => text[s.Breached ? "Mail.Signal.Breached" : "Mail.Signal.Warning", text[$"Term.{s.Term.Code}"], DutchLetters.LongDate(s.Term.DueDate)].Value);
                var subject = text[signalled.Any(s => s.Breached) ? "Mail.Signal.SubjectBreached" : "Mail.Signal.SubjectWarning", objection.Reference];
                return new MailRequested(Guid.CreateVersion7(), now, director.Email, subject, text["Mail.Signal.Body", objection.Reference, string.Join("\n", lines)], []);
            }));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [];
        }

        return [.. signalled.Select(s => new TermSignal(s.Term.Code, s.Breached))];
    }
}
