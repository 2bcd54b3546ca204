using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Handling.Domain;

/// <summary>The paused response term (opschorting): resumed by the handler or by the complainant's answer.</summary>
internal sealed partial class Case
{
    /// <summary>The term runs again from the day of <paramref name="now"/> with the paused days added; returns them.</summary>
    public int ResumeTerm(CaseTerm term, IWorkingDayCalendar calendar, string? by, DateTimeOffset now)
    {
        var days = term.Resume(AmsterdamTime.DateOf(now), calendar);
        Record(now, TimelineKind.TermResumed, by, $"{term.Code}={term.DueDate:yyyy-MM-dd}|{days}");
        RefreshNextTerm();
        return days;
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
