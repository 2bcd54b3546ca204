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
    /// Starts the clock of the quality officer's limit on this pause; the signal job flags the case when it passes. The
    /// limit of an earlier pause makes way (its warnings stay on the timeline).
    /// </summary>
    public void StartPauseLimit(ComputedTerm limit)
    {
        Terms.RemoveAll(t => t.Code == TermCodes.PauseLimit);
        Terms.Add(CaseTerm.From(limit));
        RefreshNextTerm();
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
