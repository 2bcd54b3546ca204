using Focus.Quality.Handling.Audit;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Portal;

/// <summary>Builds the status page of a case for its complainant; every view is recorded like a staff member's read.</summary>
internal sealed class StatusQuery(HandlingDbContext db, IComplaintDirectory complaints, IStaffDirectory staff, CaseReadLog readLog, TimeProvider clock)
{
    /// <summary>Who read the case, in the read log, when the complainant opened the status page.</summary>
    public const string ReadByComplainant = "klager via persoonlijke link";

    public async Task<StatusView?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.Timeline).Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        await readLog.RecordAsync(reference, ReadByComplainant, cancellationToken);
        var today = AmsterdamTime.Today(clock);
        return new StatusView(
            @case.Reference,
            AmsterdamTime.DateOf(@case.ReceivedAt),
            Steps(@case),
            [.. @case.Terms.Where(t => !t.NeedsDate && t.Code is TermCodes.Acknowledgement or TermCodes.Response or TermCodes.Objection)
                .OrderBy(t => t.StartDate).ThenBy(t => t.DueDate).Select(t => Term(t, today))],
            Letters(@case),
            // The one who works the case, else the one who signed to the complainant last: a name they have seen.
            (@case.AssignedTo ?? @case.Response?.By ?? @case.NotHandled?.By ?? @case.Acknowledgement?.By) is { } handler
                ? await staff.SignatureOfAsync(handler, cancellationToken)
                : null,
            (await complaints.FindAsync(reference, cancellationToken))?.PreferredContact);
    }

    private static List<StatusStep> Steps(Case @case)
    {
        var outcome = @case.Response?.LetterDate ?? @case.NotHandled?.LetterDate;
        var objection = Day(@case, TimelineKind.ObjectionRegistered);
        var closed = @case.StateCategory == WorkflowStateCategory.Closed ? Day(@case, TimelineKind.Closed) ?? Day(@case, TimelineKind.ObjectionConcluded) : null;
        var acknowledged = @case.Acknowledgement is { } ack ? AmsterdamTime.DateOf(ack.At) : outcome;
        var steps = new List<(string Step, bool Done, DateOnly? On)>
        {
            ("Received", true, AmsterdamTime.DateOf(@case.ReceivedAt)),
            ("Acknowledged", acknowledged is not null, acknowledged),
            (@case.NotHandled is null ? "Response" : "NotHandled", outcome is not null, outcome),
            // Its dates are the objection term's, in the list of terms.
            ("ObjectionTerm", objection is not null || closed is not null, null),
        };
        if (objection is not null)
        {
            steps.Add(("Objection", @case.Timeline.Any(e => e.Kind == TimelineKind.ObjectionConcluded), objection));
        }

        steps.Add(("Closed", closed is not null, closed));
        var current = steps.FindIndex(s => !s.Done);
        return [.. steps.Select((s, i) => new StatusStep(s.Step, s.Done ? StepState.Done : i == current ? StepState.Current : StepState.Upcoming, s.On))];
    }

    private static StatusTerm Term(CaseTerm term, DateOnly today)
    {
        var situation = (term.CompletedOn, term.Owner) switch
        {
            (null, _) when term.PausedOn is not null => "Paused",
            ({ } done, _) when done <= term.DueDate => "Met",
            (not null, _) => "Late",
            (null, TermOwner.Complainant) => today > term.DueDate ? "Passed" : "OpenForYou",
            (null, _) => today > term.DueDate ? "Overdue" : "Open",
        };
        return new StatusTerm(term.Code, situation, term.DueDate, term.CompletedOn, term.OriginalDueDate, term.PausedOn, term.PausedDays);
    }

    /// <summary>Each letter once: its PDF/A when there is one (filed with the same kind after the .docx), else the .docx.</summary>
    private static List<StatusLetter> Letters(Case @case)
    {
        var letters = @case.Documents.Where(d => d.Kind is DocumentKind.ResponseLetter or DocumentKind.NotHandledLetter).ToList();
        var pdfs = letters.Where(d => d.ContentType == LetterPdf.ContentType).ToList();
        return [.. letters.Where(d => d.ContentType != LetterPdf.ContentType)
            .Select(docx => pdfs.FirstOrDefault(p => Path.GetFileNameWithoutExtension(p.FileName) == Path.GetFileNameWithoutExtension(docx.FileName)) ?? docx)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new StatusLetter(d.Id, d.Kind.ToString(), AmsterdamTime.DateOf(d.CreatedAt), d.ContentType == LetterPdf.ContentType ? "PDF" : "Word"))];
    }

    private static DateOnly? Day(Case @case, TimelineKind kind) =>
        @case.Timeline.Where(e => e.Kind == kind).OrderBy(e => e.Sequence).Select(e => (DateOnly?)AmsterdamTime.DateOf(e.At)).LastOrDefault();
}
