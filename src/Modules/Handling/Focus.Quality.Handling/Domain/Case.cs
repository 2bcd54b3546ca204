using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Privacy;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Handling.Domain;

/// <summary>A complaint being handled: Handling's own copy of what it needs from intake, its terms and its timeline.</summary>
internal sealed partial class Case
{
    public Guid Id { get; init; }

    public Guid ComplaintId { get; init; }

    public required string Reference { get; init; }

    public string ComplainantName { get; private set; } = string.Empty;

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The handler (user name) who works the case; null while nobody has picked it up.</summary>
    public string? AssignedTo { get; private set; }

    public Acknowledgement? Acknowledgement { get; private set; }

    public WrittenResponse? Response { get; private set; }

    public NotHandledDecision? NotHandled { get; private set; }

    /// <summary>The open term that ends first, kept on the row so the worklist can sort and filter in SQL.</summary>
    public string? NextTermCode { get; private set; }

    public DateOnly? NextDueDate { get; private set; }

    public DateOnly? NextWarnFrom { get; private set; }

    /// <summary>The workflow version the case started on; publishing a new workflow never moves a running case.</summary>
    public int WorkflowVersion { get; private set; }

    /// <summary>The case's state in its workflow version: the workflow runtime reads and moves it, nothing keeps it in memory.</summary>
    public string WorkflowState { get; private set; } = string.Empty;

    /// <summary>
    /// What the case's workflow state means (being handled, waiting, closed), as the quality officer declared it for that
    /// state; kept on the row so the worklist, the jobs and the reports can ask it in SQL.
    /// </summary>
    public WorkflowStateCategory StateCategory { get; private set; }

    public WorkflowPin WorkflowPin => new(WorkflowVersion, WorkflowState);

    /// <summary>Optimistic concurrency: two handlers acting on one case at once cannot both win.</summary>
    public int Version { get; private set; }

    public List<CaseTerm> Terms { get; init; } = [];

    public List<TimelineEntry> Timeline { get; init; } = [];

    public List<CaseDocument> Documents { get; init; } = [];

    public bool IsOpenForHandling => StateCategory == WorkflowStateCategory.Open;

    public bool HasOutcome => Response is not null || NotHandled is not null;

    public bool IsInObjection => Timeline.Any(e => e.Kind == TimelineKind.ObjectionRegistered);

    public static Case Open(ComplaintRegistered registered, WorkflowStart workflow, IEnumerable<ComputedTerm> terms)
    {
        var @case = new Case
        {
            Id = Guid.CreateVersion7(),
            ComplaintId = registered.ComplaintId,
            Reference = registered.Reference,
            ComplainantName = registered.ComplainantName,
            Channel = registered.Channel,
            Category = registered.Category,
            ReceivedAt = registered.ReceivedAt,
            WorkflowVersion = workflow.Pin.Version,
            WorkflowState = workflow.Pin.State,
            StateCategory = workflow.Category,
            Terms = [.. terms.Select(CaseTerm.From)],
            // Whoever took the complaint in by phone or e-mail handles it, until someone reassigns it.
            AssignedTo = registered.RegisteredBy,
        };
        @case.Record(registered.ReceivedAt, TimelineKind.Received, null, registered.Channel.ToString());
        @case.Record(registered.OccurredAt, TimelineKind.Registered, registered.RegisteredBy, null);
        @case.RecordTermsSet(@case.Terms, registered.OccurredAt);
        @case.RefreshNextTerm();
        return @case;
    }

    /// <summary>A step recorded as it is: a review step (with an optional note), a status-page link, a paused term; by null: the complainant.</summary>
    public void RecordStep(TimelineKind kind, string? by, string? note, DateTimeOffset now) => Record(now, kind, by, note);

    public CaseTerm? Term(string code) => Terms.SingleOrDefault(t => t.Code == code);

    public ComplaintAcknowledged Acknowledge(AcknowledgementMethod method, DateTimeOffset at, string by, string? note, DateTimeOffset now)
    {
        var term = Term(TermCodes.Acknowledgement)
            ?? throw new InvalidOperationException($"Case {Reference} has no acknowledgement term.");
        term.Complete(AmsterdamTime.DateOf(at));
        Acknowledgement = new Acknowledgement(method, at, by, note);
        Record(at, TimelineKind.Acknowledged, by, note is null ? method.ToString() : $"{method}: {note}");
        RefreshNextTerm();
        return new ComplaintAcknowledged(Guid.CreateVersion7(), now, Id, Reference, method, at, term.DueDate, term.Met == true);
    }

    /// <summary>Records the written response with its letter; the objection term (the complainant's) starts at the letter date.</summary>
    public ComplaintResponded Respond(WrittenResponse response, CaseDocument letter, ComputedTerm objectionTerm, DateTimeOffset now)
    {
        var responseTerm = Conclude(response.LetterDate, letter, objectionTerm);
        Response = response;
        Record(now, TimelineKind.Responded, response.By, response.Judgement.ToString());
        return new ComplaintResponded(
            Guid.CreateVersion7(), now, Id, Reference, response.Judgement, response.LetterDate, responseTerm.DueDate, responseTerm.Met == true, objectionTerm.DueDate,
            response.Solution);
    }

    /// <summary>Declares the complaint not admissible with a motivated letter, on the same clock as the response.</summary>
    public ComplaintNotHandled DeclareNotHandled(NotHandledDecision decision, CaseDocument letter, ComputedTerm objectionTerm, DateTimeOffset now)
    {
        var responseTerm = Conclude(decision.LetterDate, letter, objectionTerm);
        NotHandled = decision;
        Record(now, TimelineKind.NotHandled, decision.By, decision.Reason.ToString());
        return new ComplaintNotHandled(
            Guid.CreateVersion7(), now, Id, Reference, decision.Reason.ToString(), decision.AdvisingRule, decision.LetterDate, responseTerm.DueDate,
            responseTerm.Met == true, objectionTerm.DueDate);
    }

    public void AcknowledgementMailed(string emailAddress, DateTimeOffset now) => Record(now, TimelineKind.AcknowledgementMailed, null, emailAddress);

    /// <summary>Raises the warnings and breaches that are due today, once each; returns the terms that were signalled.</summary>
    public IReadOnlyList<(CaseTerm Term, bool Breached)> SignalTerms(DateOnly today, DateTimeOffset now)
    {
        var signalled = new List<(CaseTerm, bool)>();
        if (!IsOpenForHandling)
        {
            return signalled;
        }

        foreach (var term in Terms.Where(t => !t.NeedsDate && t.PausedOn is null && t.NeedsBreach(today)))
        {
            term.MarkBreached(now);
            Record(now, TimelineKind.TermBreached, null, $"{term.Code}={term.DueDate:yyyy-MM-dd}");
            signalled.Add((term, true));
        }

        foreach (var term in Terms.Where(t => !t.NeedsDate && t.PausedOn is null && t.NeedsWarning(today)))
        {
            term.MarkWarned(now);
            Record(now, TimelineKind.TermWarning, null, $"{term.Code}={term.DueDate:yyyy-MM-dd}");
            signalled.Add((term, false));
        }

        return signalled;
    }

    /// <summary>A note for colleagues; it never leaves the office.</summary>
    public void AddInternalNote(string note, string by, DateTimeOffset now) => Record(now, TimelineKind.InternalNote, by, note);

    /// <summary>Contact with the complainant outside the letters: a phone call, an e-mail or a letter, with its summary.</summary>
    public void LogCommunication(CommunicationChannel channel, CommunicationDirection direction, DateTimeOffset at, string summary, string by) =>
        Record(at, TimelineKind.Communication, by, $"{channel}|{direction}|{summary}");

    public void AddAttachment(CaseDocument attachment, DateTimeOffset now)
    {
        Documents.Add(attachment);
        Record(now, TimelineKind.AttachmentAdded, attachment.CreatedBy, attachment.FileName);
    }

    public CaseAssigned AssignTo(string assignee, string by, DateTimeOffset now)
    {
        AssignedTo = assignee;
        Record(now, TimelineKind.Assigned, by, assignee);
        return new CaseAssigned(Guid.CreateVersion7(), now, Reference, assignee);
    }

    public CaseOpened Opened(DateTimeOffset now) => new(Guid.CreateVersion7(), now, Reference, AssignedTo, Term(TermCodes.Acknowledgement)?.DueDate, Term(TermCodes.Response)?.DueDate);

    /// <summary>Moves a term's due date once, with a reason; the original date is kept for the reports.</summary>
    public TermExtended ExtendTerm(CaseTerm term, DateOnly newDueDate, DateOnly newWarnFrom, string reason, string by, DateTimeOffset now)
    {
        var original = term.DueDate;
        term.Extend(newDueDate, newWarnFrom, reason);
        Record(now, TimelineKind.TermExtended, by, $"{term.Code}={newDueDate:yyyy-MM-dd}: {reason}");
        RefreshNextTerm();
        return new TermExtended(Guid.CreateVersion7(), original, newDueDate, now, Reference, term.Code, reason);
    }

    /// <summary>Sets the date of a term whose rule failed, with how it was decided; it then counts like any other term.</summary>
    public void SetTermByHand(CaseTerm term, DateOnly dueDate, DateOnly warnFrom, string reason, string by, DateTimeOffset now)
    {
        term.SetByHand(dueDate, warnFrom);
        Record(now, TimelineKind.TermSetByHand, by, $"{term.Code}={dueDate:yyyy-MM-dd}: {reason}");
        RefreshNextTerm();
    }

    /// <summary>Notes how the letter goes: by e-mail when known, else by post to the address (none: someone must ask for it).</summary>
    public void LetterDispatched(string? emailAddress, PostalAddress? postalAddress, DateTimeOffset now) => Record(now, emailAddress is null ? TimelineKind.LetterByPost : TimelineKind.LetterMailed, null, emailAddress ?? postalAddress?.OneLine());

    /// <summary>A letter went out without its PDF/A (as .docx); the administrator's failed-deliveries page lists why.</summary>
    public void LetterPdfFailed(string fileName, string reason, DateTimeOffset now) => Record(now, TimelineKind.LetterPdfFailed, null, $"{fileName}|{reason}");

    /// <summary>Whether the complainant's objection term has passed without an objection: the case may close.</summary>
    public bool ObjectionTermPassed(DateOnly today) =>
        HasOutcome && !IsInObjection && StateCategory != WorkflowStateCategory.Closed && Term(TermCodes.Objection) is { } objection && today > objection.DueDate;

    /// <summary>Records the closing its workflow has just made (<see cref="Move"/>) once the objection term passed.</summary>
    public CaseClosed Close(DateOnly today, DateTimeOffset now)
    {
        var objection = Term(TermCodes.Objection) ?? throw new InvalidOperationException($"Case {Reference} has no objection term.");
        Record(now, TimelineKind.Closed, null, objection.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new CaseClosed(Guid.CreateVersion7(), now, Reference, today);
    }

    public bool IsAnonymised => Timeline.Any(e => e.Kind == TimelineKind.Anonymised);

    /// <summary>
    /// After the retention period: removes who complained and what was written about it (notes, response texts,
    /// documents); keeps dates, terms, status and judgement, which the reports count. The timeline's free text is erased
    /// by <see cref="Persistence.HandlingDbContext.EraseFreeText"/>.
    /// </summary>
    public CaseAnonymised Anonymise(string reason, DateTimeOffset now)
    {
        ComplainantName = Anonymised.Text;
        Acknowledgement = Acknowledgement is null ? null : Acknowledgement with { Note = null };
        Response = Response is null ? null : Response with { Summary = Anonymised.Text, Solution = Anonymised.Text };
        NotHandled = NotHandled is null ? null : NotHandled with { Motivation = Anonymised.Text, OverrideReason = null };
        foreach (var term in Terms)
        {
            term.ForgetReason();
        }

        Documents.Clear();
        Record(now, TimelineKind.Anonymised, null, reason);
        return new CaseAnonymised(Guid.CreateVersion7(), now, Reference);
    }

    /// <summary>A step of the objection, learned from the Objections module, on the case's own timeline.</summary>
    public void RecordObjectionStep(TimelineKind kind, DateTimeOffset at, string? actor, string? details) => Record(at, kind, actor, details);

    /// <summary>Both outcomes end the response term (and an open acknowledgement term: the letter confirms receipt too).</summary>
    private CaseTerm Conclude(DateOnly letterDate, CaseDocument letter, ComputedTerm objectionTerm)
    {
        if (HasOutcome)
        {
            throw new InvalidOperationException($"Case {Reference} already has an outcome.");
        }

        var responseTerm = Term(TermCodes.Response)
            ?? throw new InvalidOperationException($"Case {Reference} has no response term.");
        responseTerm.Complete(letterDate);
        if (Term(TermCodes.Acknowledgement) is { IsOpen: true } acknowledgement)
        {
            acknowledgement.Complete(letterDate);
        }

        Documents.Add(letter);
        Terms.Add(CaseTerm.From(objectionTerm));
        RefreshNextTerm();
        return responseTerm;
    }

    private void RecordTermsSet(IReadOnlyList<CaseTerm> terms, DateTimeOffset at)
    {
        Record(at, TimelineKind.TermsSet, null, string.Join(';', terms.Where(t => !t.NeedsDate).Select(t => $"{t.Code}={t.DueDate:yyyy-MM-dd}")));
        foreach (var failed in terms.Where(t => t.NeedsDate))
        {
            Record(at, TimelineKind.TermRuleFailed, null, $"{failed.Code}|{failed.DueDate:yyyy-MM-dd}|{failed.RuleName}|{failed.RuleFailure}");
        }
    }

    private void Record(DateTimeOffset at, TimelineKind kind, string? actor, string? details)
    {
        Timeline.Add(new TimelineEntry { Id = Guid.CreateVersion7(), At = at, Sequence = Timeline.Count + 1, Kind = kind, Actor = actor, Details = details });
        Version++;
    }

    public void RefreshNextTerm()
    {
        var next = IsOpenForHandling
            ? Terms.Where(t => t.IsOpen && t.Owner == TermOwner.Focus).OrderBy(t => t.DueDate).FirstOrDefault()
            : null;
        NextTermCode = next?.Code;
        NextDueDate = next?.DueDate;
        NextWarnFrom = next?.WarnFrom;
    }
}
