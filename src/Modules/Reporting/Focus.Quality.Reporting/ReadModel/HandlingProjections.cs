using Focus.Quality.Handling.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Reporting.ReadModel;

internal sealed class CaseOpenedProjection(ReportingDbContext db) : FactUpdate<CaseOpened>(db)
{
    protected override string ReferenceOf(CaseOpened e) => e.Reference;

    protected override void Apply(ComplaintFact fact, CaseOpened e)
    {
        fact.Handler = e.AssignedTo;
        fact.AcknowledgementDue ??= e.AcknowledgementDue;
        fact.ResponseDue ??= e.ResponseDue;
    }
}

internal sealed class CaseAssignedProjection(ReportingDbContext db) : FactUpdate<CaseAssigned>(db)
{
    protected override string ReferenceOf(CaseAssigned e) => e.Reference;

    protected override void Apply(ComplaintFact fact, CaseAssigned e) => fact.Handler = e.AssignedTo;
}

internal sealed class ComplaintAcknowledgedProjection(ReportingDbContext db) : FactUpdate<ComplaintAcknowledged>(db)
{
    protected override string ReferenceOf(ComplaintAcknowledged e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ComplaintAcknowledged e)
    {
        fact.AcknowledgedAt = e.AcknowledgedAt;
        fact.AcknowledgedOn = AmsterdamTime.DateOf(e.AcknowledgedAt);
        fact.AcknowledgementDue = e.DueDate;
        fact.AcknowledgedOnTime = e.OnTime;
    }
}

internal sealed class ComplaintRespondedProjection(ReportingDbContext db) : FactUpdate<ComplaintResponded>(db)
{
    protected override string ReferenceOf(ComplaintResponded e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ComplaintResponded e)
    {
        fact.LetterSent(e.LetterDate, e.ResponseDue, e.OnTime);
        fact.Measures = e.Measures;
        fact.Outcome = e.Judgement switch
        {
            Judgement.Founded => CaseOutcome.Founded,
            Judgement.PartlyFounded => CaseOutcome.PartlyFounded,
            _ => CaseOutcome.Unfounded,
        };
    }
}

internal sealed class ComplaintNotHandledProjection(ReportingDbContext db) : FactUpdate<ComplaintNotHandled>(db)
{
    protected override string ReferenceOf(ComplaintNotHandled e) => e.Reference;

    protected override void Apply(ComplaintFact fact, ComplaintNotHandled e)
    {
        fact.LetterSent(e.LetterDate, e.ResponseDue, e.OnTime);
        fact.Outcome = CaseOutcome.NotHandled;
        fact.NotHandledReason = e.Reason;
    }
}

internal sealed class SatisfactionGivenProjection(ReportingDbContext db) : FactUpdate<SatisfactionGiven>(db)
{
    protected override string ReferenceOf(SatisfactionGiven e) => e.Reference;

    protected override void Apply(ComplaintFact fact, SatisfactionGiven e)
    {
        fact.SatisfactionScore = e.Score;
        fact.SatisfactionResolved = e.Resolved;
    }
}

/// <summary>A resumed response term: its paused days count apart, and on time is judged against the date they moved it to.</summary>
internal sealed class TermResumedProjection(ReportingDbContext db) : FactUpdate<TermResumed>(db)
{
    protected override string ReferenceOf(TermResumed e) => e.Reference;

    protected override void Apply(ComplaintFact fact, TermResumed e)
    {
        if (e.TermCode == TermCodes.Response)
        {
            fact.ResponsePausedDays += e.PausedDays;
            fact.ResponseDue = e.NewDueDate;
            fact.Resumed(e.OccurredAt);
        }
    }
}

/// <summary>A response term stands still waiting for the complainant: the compliance check judges whether it is left so.</summary>
internal sealed class TermPausedProjection(ReportingDbContext db) : FactUpdate<TermPaused>(db)
{
    protected override string ReferenceOf(TermPaused e) => e.Reference;

    protected override void Apply(ComplaintFact fact, TermPaused e)
    {
        if (e.TermCode == TermCodes.Response)
        {
            fact.Paused(e.OccurredAt, e.PausedOn, e.PauseLimitDue);
        }
    }
}

internal sealed class TermExtendedProjection(ReportingDbContext db) : FactUpdate<TermExtended>(db)
{
    protected override string ReferenceOf(TermExtended e) => e.Reference;

    protected override void Apply(ComplaintFact fact, TermExtended e)
    {
        if (e.TermCode == TermCodes.Response)
        {
            fact.ResponseDueOriginal = e.OriginalDueDate;
            fact.ResponseDue = e.NewDueDate;
        }
        else if (e.TermCode == TermCodes.Acknowledgement)
        {
            fact.AcknowledgementDue = e.NewDueDate;
        }
    }
}

internal sealed class CaseClosedProjection(ReportingDbContext db) : FactUpdate<CaseClosed>(db)
{
    protected override string ReferenceOf(CaseClosed e) => e.Reference;

    protected override void Apply(ComplaintFact fact, CaseClosed e) => fact.ClosedOn = e.ClosedOn;
}

internal sealed class CaseStateChangedProjection(ReportingDbContext db) : FactUpdate<CaseStateChanged>(db)
{
    protected override string ReferenceOf(CaseStateChanged e) => e.Reference;

    protected override void Apply(ComplaintFact fact, CaseStateChanged e) => fact.StateCategory = e.Category;
}
