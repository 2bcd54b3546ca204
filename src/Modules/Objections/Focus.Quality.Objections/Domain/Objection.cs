using Focus.Quality.Objections.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Objections.Domain;

/// <summary>
/// An objection to the director against a response or "not handled" letter, from receipt to a settlement, a decision or
/// non-admission. Each step checks the status it may follow, so the procedure cannot be skipped or done twice.
/// </summary>
internal sealed class Objection
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public LetterKind Against { get; init; }

    public DateOnly LetterDate { get; init; }

    public DateOnly ObjectionDue { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public ReceivedVia Via { get; init; }

    public string Grounds { get; private set; } = string.Empty;

    /// <summary>The rule that advised the objection is late, if any; the director's decision on it is <see cref="Late"/>.</summary>
    public string? LateAdvice { get; init; }

    public ObjectionStatus Status { get; private set; }

    public LateDecision? Late { get; private set; }

    public Hearing? Hearing { get; private set; }

    public HearingReport? Report { get; private set; }

    public Waiver? Waiver { get; private set; }

    public Settlement? Settlement { get; private set; }

    public Decision? Decision { get; private set; }

    /// <summary>The open term that ends first, on the row for the director's worklist.</summary>
    public DateOnly? NextDueDate { get; private set; }

    public int Version { get; private set; }

    public List<ObjectionTerm> Terms { get; init; } = [];

    public List<ObjectionDocument> Documents { get; init; } = [];

    public List<ObjectionEntry> Timeline { get; init; } = [];

    public bool IsOpen => Status is not (ObjectionStatus.Settled or ObjectionStatus.Decided or ObjectionStatus.NotAdmissible);

    public static (Objection Objection, ObjectionRegistered Registered) Register(
        ObjectableLetter letter, DateOnly receivedOn, ReceivedVia via, string grounds, ObjectionAdvice? lateAdvice, IEnumerable<ObjectionDocument> files,
        ComputedTerm invitationTerm, string by, DateTimeOffset now)
    {
        var objection = new Objection
        {
            Id = Guid.CreateVersion7(),
            Reference = letter.Reference,
            Against = letter.Kind,
            LetterDate = letter.LetterDate,
            ObjectionDue = letter.ObjectionDue,
            ReceivedOn = receivedOn,
            Via = via,
            Grounds = grounds,
            LateAdvice = lateAdvice?.RuleName,
            Status = lateAdvice is null ? ObjectionStatus.Registered : ObjectionStatus.LateReview,
            Terms = [ObjectionTerm.From(invitationTerm)],
            Documents = [.. files],
        };
        objection.Record(ObjectionStep.Registered, now, by, lateAdvice is null ? via.ToString() : $"{via}: {lateAdvice.RuleName}");
        objection.RefreshNextTerm();
        return (objection, new ObjectionRegistered(Guid.CreateVersion7(), now, letter.Reference, receivedOn, lateAdvice is not null, invitationTerm.DueDate, by));
    }

    public ObjectionTerm? Term(string code) => Terms.SingleOrDefault(t => t.Code == code);

    public bool AwaitsLateDecision => Status == ObjectionStatus.LateReview;

    public bool CanInvite => Status == ObjectionStatus.Registered;

    public bool CanRecordHearing => Status == ObjectionStatus.Invited;

    public bool CanWaive => Status is ObjectionStatus.Registered or ObjectionStatus.Invited;

    public bool CanSettle => Status == ObjectionStatus.HearingHeld;

    public bool CanDecide => Status is ObjectionStatus.HearingHeld or ObjectionStatus.Waived;

    /// <summary>The director admits a late objection anyway, with a reason; it then follows the normal procedure.</summary>
    public LateObjectionAdmitted AdmitLate(string reason, string by, DateTimeOffset now)
    {
        Require(AwaitsLateDecision);
        Late = new LateDecision(true, LateAdvice, reason, by, now);
        Status = ObjectionStatus.Registered;
        Record(ObjectionStep.LateAdmitted, now, by, reason);
        return new LateObjectionAdmitted(Guid.CreateVersion7(), now, Reference, reason);
    }

    /// <summary>The director does not admit a late objection; the letter explaining why is <paramref name="letter"/>.</summary>
    public ObjectionConcluded RejectLate(string reason, ObjectionDocument letter, DateOnly letterDate, string by, DateTimeOffset now)
    {
        Require(AwaitsLateDecision);
        Late = new LateDecision(false, LateAdvice, reason, by, now);
        return Conclude(ObjectionStatus.NotAdmissible, ObjectionStep.LateRejected, letterDate, letter, reason, by, now);
    }

    public HearingScheduled Invite(Hearing hearing, ObjectionDocument letter, DateTimeOffset now)
    {
        Require(CanInvite);
        var term = Term(TermCodes.HearingInvitation)!;
        term.Complete(hearing.InvitedOn);
        Hearing = hearing;
        Documents.Add(letter);
        Status = ObjectionStatus.Invited;
        Record(ObjectionStep.Invited, now, hearing.By, $"{hearing.Form}|{hearing.At:O}|{hearing.Place}|{hearing.EmployeeInvited}");
        RefreshNextTerm();
        return new HearingScheduled(Guid.CreateVersion7(), now, Reference, hearing.At, hearing.Form, hearing.EmployeeInvited is not null, term.DueDate, term.Met == true);
    }

    /// <summary>The complainant may confirm the invitation (or waive the hearing) until it was held or waived.</summary>
    public bool CanConfirmHearing => Status == ObjectionStatus.Invited && Hearing is { ConfirmedAt: null };

    public HearingConfirmed ConfirmHearing(string by, DateTimeOffset now)
    {
        Require(CanConfirmHearing);
        Hearing = Hearing! with { ConfirmedAt = now };
        Record(ObjectionStep.HearingConfirmed, now, by, null);
        return new HearingConfirmed(Guid.CreateVersion7(), now, Reference, Hearing.At);
    }

    public HearingHeld RecordHearing(HearingReport report, ObjectionDocument written, DateTimeOffset now)
    {
        Require(CanRecordHearing);
        Report = report;
        Documents.Add(written);
        Status = ObjectionStatus.HearingHeld;
        Record(ObjectionStep.HearingHeld, now, report.By, report.Attendees);
        return new HearingHeld(Guid.CreateVersion7(), now, Reference, report.HeldOn, report.SettlementProposal is not null);
    }

    /// <summary>The complainant waived the hearing, or did not come: the definitive decision term starts.</summary>
    public HearingWaived Waive(Waiver waiver, ComputedTerm decisionTerm, DateTimeOffset now)
    {
        Require(CanWaive);
        if (Term(TermCodes.HearingInvitation) is { IsOpen: true } invitation)
        {
            invitation.Complete(waiver.WaivedOn);
        }

        Waiver = waiver;
        Terms.Add(ObjectionTerm.From(decisionTerm));
        Status = ObjectionStatus.Waived;
        Record(ObjectionStep.Waived, now, waiver.By, waiver.DidNotAttend ? "DidNotAttend" : "Declined");
        RefreshNextTerm();
        return new HearingWaived(Guid.CreateVersion7(), now, Reference, waiver.WaivedOn, decisionTerm.DueDate);
    }

    public ObjectionConcluded Settle(Settlement settlement, ObjectionDocument letter, DateTimeOffset now)
    {
        Require(CanSettle);
        Settlement = settlement;
        return Conclude(ObjectionStatus.Settled, ObjectionStep.Settled, settlement.AgreedOn, letter, null, settlement.By, now);
    }

    public ObjectionConcluded Decide(Decision decision, ObjectionDocument letter, DateTimeOffset now)
    {
        Require(CanDecide);
        Decision = decision;
        return Conclude(ObjectionStatus.Decided, ObjectionStep.Decided, decision.DecidedOn, letter, decision.Judgement.ToString(), decision.By, now);
    }

    /// <summary>Raises the warnings and breaches that are due today, once each, while the objection is open.</summary>
    public IReadOnlyList<(ObjectionTerm Term, bool Breached)> SignalTerms(DateOnly today, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return [];
        }

        var signalled = Terms.Where(t => t.NeedsBreach(today)).Select(t => (t, true))
            .Concat(Terms.Where(t => t.NeedsWarning(today)).Select(t => (t, false)))
            .ToList();
        foreach (var (term, breached) in signalled)
        {
            if (breached)
            {
                term.MarkBreached(now);
            }
            else
            {
                term.MarkWarned(now);
            }
        }

        foreach (var (term, breached) in signalled)
        {
            Record(breached ? ObjectionStep.TermBreached : ObjectionStep.TermWarning, now, null, $"{term.Code}={term.DueDate:yyyy-MM-dd}");
        }

        return signalled;
    }

    private ObjectionConcluded Conclude(ObjectionStatus outcome, ObjectionStep step, DateOnly on, ObjectionDocument letter, string? details, string by, DateTimeOffset now)
    {
        var decisionTerm = Term(TermCodes.FinalDecision);
        foreach (var term in Terms.Where(t => t.IsOpen))
        {
            term.Complete(on);
        }

        Documents.Add(letter);
        Status = outcome;
        Record(step, now, by, details);
        RefreshNextTerm();
        var result = outcome switch
        {
            ObjectionStatus.Settled => ObjectionOutcome.Settled,
            ObjectionStatus.Decided => ObjectionOutcome.Decided,
            _ => ObjectionOutcome.NotAdmissible,
        };
        return new ObjectionConcluded(Guid.CreateVersion7(), now, Reference, result, on, decisionTerm?.DueDate, decisionTerm?.Met);
    }

    /// <summary>
    /// After the retention period: the grounds, the hearing's place, attendees and report, the settlement and decision
    /// texts and the documents; the steps, dates, terms and outcome stay for the reports.
    /// </summary>
    public void Anonymise(string reason, DateTimeOffset now)
    {
        Grounds = Anonymised.Text;
        Late = Late is null ? null : Late with { Reason = Anonymised.Text };
        Hearing = Hearing is null ? null : Hearing with { Place = Anonymised.Text, EmployeeInvited = null };
        Report = Report is null ? null : Report with { Attendees = Anonymised.Text, Report = Anonymised.Text, SettlementProposal = null };
        Settlement = Settlement is null ? null : Settlement with { AgreedOutcome = Anonymised.Text };
        Decision = Decision is null ? null : Decision with { Text = Anonymised.Text };
        Documents.Clear();
        Record(ObjectionStep.Anonymised, now, null, reason);
    }

    /// <summary>A letter went out without its PDF/A (as .docx); the administrator's failed-deliveries page lists why.</summary>
    public void LetterPdfFailed(string fileName, string reason, DateTimeOffset now) => Record(ObjectionStep.LetterPdfFailed, now, null, $"{fileName}|{reason}");

    private void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Objection {Reference} is {Status}; this step does not follow.");
        }
    }

    private void Record(ObjectionStep step, DateTimeOffset at, string? actor, string? details)
    {
        Timeline.Add(new ObjectionEntry(Guid.CreateVersion7(), at, Timeline.Count + 1, step, actor, details));
        Version++;
    }

    private void RefreshNextTerm() =>
        NextDueDate = IsOpen ? Terms.Where(t => t.IsOpen).OrderBy(t => t.DueDate).Select(t => (DateOnly?)t.DueDate).FirstOrDefault() : null;
}
