using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.TermSignals;

/// <summary>
/// Handling's part of the term-signal job: warnings and breaches on a case go on its timeline, and the mail to the
/// assigned handler goes through the outbox in the same transaction; the case's concurrency token keeps two app
/// instances from raising one twice.
/// </summary>
internal sealed class CaseTermSignaller(HandlingDbContext db, IStaffDirectory staff, IStringLocalizer<HandlingText> text, TimeProvider clock) : ITermSignaller
{
    public string Module => "Handling";

    public async Task<IReadOnlyList<Guid>> CandidatesAsync(DateOnly today, int max, CancellationToken cancellationToken) =>
        await db.Cases
            .Where(c => c.NextDueDate != null)
            .Where(c => c.Terms.AsQueryable().Where(t => t.RuleFailure == null).Any(TrackedTerm.NeedsSignal<CaseTerm>(today)))
            .OrderBy(c => c.NextDueDate)
            .Select(c => c.Id)
            .Take(max)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TermSignal>> SignalAsync(Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Timeline).SingleAsync(c => c.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        var signalled = @case.SignalTerms(today, now);
        if (signalled.Count == 0)
        {
            return [];
        }

        var assignee = @case.AssignedTo is { } assigned
            ? (await staff.InRoleAsync(AppRoles.Handler, cancellationToken)).FirstOrDefault(s => s.UserName == assigned)
            : null;
        if (assignee is not null)
        {
            db.Publish(TermSignalMail.Compose(text, @case.Reference, [.. signalled.Select(s => (new TermSignal(s.Term.Code, s.Breached), s.Term.DueDate))], assignee.Email, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance (or a handler) changed the case first; the next round sees what is still due.
            return [];
        }

        return [.. signalled.Select(s => new TermSignal(s.Term.Code, s.Breached))];
    }
}
