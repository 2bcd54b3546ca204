using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Objections.ObjectionFile;

internal sealed class ObjectionQuery(ObjectionsDbContext db, IComplaintDirectory complaints, IObjectionRules rules, TimeProvider clock)
{
    public async Task<ObjectionView?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var objection = await db.Objections.AsNoTracking().Include(o => o.Documents).Include(o => o.Timeline)
            .SingleOrDefaultAsync(o => o.Reference == reference, cancellationToken);
        if (objection is null)
        {
            return null;
        }

        var today = AmsterdamTime.Today(clock);
        var complaint = await complaints.FindAsync(reference, cancellationToken);
        var advice = objection.LateAdvice is null
            ? null
            : (await rules.AdviseAsync(new ObjectionFacts(objection.ReceivedOn, objection.ObjectionDue), cancellationToken)).FirstOrDefault();
        return new ObjectionView(
            objection.Reference, complaint?.ComplainantName, complaint?.EmployeeConcerned, objection.Status, objection.Against, objection.LetterDate,
            objection.ObjectionDue, objection.ReceivedOn, objection.Via, objection.Grounds, advice, objection.Late, objection.Hearing, objection.Report,
            objection.Waiver, objection.Settlement, objection.Decision,
            [.. objection.Terms.OrderBy(t => t.StartDate).Select(t => new ObjectionTermView(
                t.Code, t.RuleName, t.StartDate, t.DueDate, t.Unit, t.Count, t.SkippedDays, t.RulesVersion, t.CompletedOn, t.Met, t.DueDate.DayNumber - today.DayNumber,
                t.Code == TermCodes.HearingInvitation && objection.Waiver is not null && objection.Hearing is null))],
            [.. objection.Documents.OrderBy(d => d.CreatedAt).Select(d => new ObjectionDocumentView(d.Id, d.Kind, d.FileName, d.CreatedAt, d.CreatedBy))],
            [.. objection.Timeline.OrderBy(e => e.At).ThenBy(e => e.Sequence).Select(e => new ObjectionEntryView(e.At, e.Step, e.Actor, e.Details))]);
    }

    /// <summary>The director's worklist: open objections first, by the nearest term.</summary>
    public async Task<IReadOnlyList<ObjectionListItem>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var query = db.Objections.AsNoTracking();
        if (openOnly)
        {
            query = query.Where(o => o.Status != ObjectionStatus.Settled && o.Status != ObjectionStatus.Decided && o.Status != ObjectionStatus.NotAdmissible);
        }

        var items = await query.Select(o => new ObjectionListItem(o.Reference, o.Status, o.ReceivedOn, o.NextDueDate, o.LateAdvice != null)).ToListAsync(cancellationToken);
        return [.. items.OrderBy(i => i.NextDueDate ?? DateOnly.MaxValue).ThenBy(i => i.Reference)];
    }

    /// <summary>Sent letters that have no objection yet: what the director can register an objection against.</summary>
    public async Task<IReadOnlyList<string>> OpenToObjectionAsync(CancellationToken cancellationToken) =>
        await db.Letters.AsNoTracking()
            .Where(l => !db.Objections.Any(o => o.Reference == l.Reference))
            .OrderByDescending(l => l.LetterDate)
            .Select(l => l.Reference)
            .Take(500)
            .ToListAsync(cancellationToken);

    /// <summary>The same letters with the complainant's name, so the director picks the right one.</summary>
    public async Task<IReadOnlyList<OpenLetter>> OpenLettersAsync(CancellationToken cancellationToken)
    {
        var references = await OpenToObjectionAsync(cancellationToken);
        var names = await complaints.NamesAsync(references, cancellationToken);
        return [.. references.Select(reference => new OpenLetter(reference, names.GetValueOrDefault(reference)))];
    }
}
