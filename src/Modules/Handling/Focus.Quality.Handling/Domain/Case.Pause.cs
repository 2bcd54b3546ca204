using Focus.Quality.Handling.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Handling.Domain;

/// <summary>The paused response term (opschorting): resumed by the handler or by the complainant's answer.</summary>
internal sealed partial class Case
{
    /// <summary>The term runs again from the day of <paramref name="now"/> with the paused days added, which the event tells the reports.</summary>
    public TermResumed ResumeTerm(CaseTerm term, IWorkingDayCalendar calendar, string? by, DateTimeOffset now)
    {
        var days = term.Resume(AmsterdamTime.DateOf(now), calendar);
        if (Term(TermCodes.PauseLimit) is { IsOpen: true } limit)
        {
            limit.Complete(AmsterdamTime.DateOf(now));
        }

        Record(now, TimelineKind.TermResumed, by, $"{term.Code}={term.DueDate:yyyy-MM-dd}|{days}");
        RefreshNextTerm();
        return new TermResumed(Guid.CreateVersion7(), now, Reference, term.Code, days, term.DueDate);
    }

    /// <summary>
    /// The term stands still from the day of <paramref name="now"/> while Focus waits for <paramref name="request"/>. The
    /// quality officer's <paramref name="limit"/> on the pause starts its clock (the signal job flags the case when it
    /// passes); the limit of an earlier pause makes way, its warnings staying on the timeline. The event tells the reports.
    /// </summary>
    public TermPaused PauseTerm(CaseTerm term, string request, ComputedTerm? limit, string by, DateTimeOffset now)
    {
        var today = AmsterdamTime.DateOf(now);
        term.Pause(today);
        Record(now, TimelineKind.InformationRequested, by, request);
        if (limit is not null)
        {
            Terms.RemoveAll(t => t.Code == TermCodes.PauseLimit);
            Terms.Add(CaseTerm.From(limit));
        }

        RefreshNextTerm();
        // A limit its rule failed to compute gives no date the reports could judge by.
        return new TermPaused(Guid.CreateVersion7(), now, Reference, term.Code, today, limit is { RuleFailure: null } ? limit.DueDate : null);
    }

    /// <summary>The complainant's answer to an information request, with its files, as incoming information on the timeline.</summary>
    public void ReceiveInformation(string answer, IReadOnlyList<CaseDocument> files, string by, DateTimeOffset now)
    {
        Record(now, TimelineKind.InformationReceived, by, answer);
        foreach (var file in files)
        {
            AddAttachment(file, now);
        }
    }
}
