using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Rules.Contracts;
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
            .Where(o => o.Terms.AsQueryable().Any(TrackedTerm.NeedsSignal<ObjectionTerm>(today)))
            .OrderBy(o => o.NextDueDate)
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

        var mailed = signalled.Select(s => (new TermSignal(s.Term.Code, s.Breached), s.Term.DueDate)).ToList();
        foreach (var director in await staff.InRoleAsync(AppRoles.Director, cancellationToken))
        {
            db.Publish(TermSignalMail.Compose(text, objection.Reference, mailed, director.Email, now));
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
