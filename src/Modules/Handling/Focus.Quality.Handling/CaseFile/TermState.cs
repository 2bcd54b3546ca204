using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.CaseFile;

internal enum TermState
{
    Open,
    DueSoon,
    Overdue,
    Met,
    Late,

    /// <summary>Its rule failed: a person must set the date ("handmatig vaststellen").</summary>
    NeedsDate,
}

/// <summary>Where a term stands today, and how many days are left in the unit the term counts in.</summary>
internal static class TermStatus
{
    public static TermState State(DateOnly today, DateOnly due, DateOnly warnFrom, DateOnly? completedOn) => completedOn switch
    {
        { } done when done <= due => TermState.Met,
        not null => TermState.Late,
        null when today > due => TermState.Overdue,
        null when today >= warnFrom => TermState.DueSoon,
        _ => TermState.Open,
    };

    public static int DaysLeft(IWorkingDayCalendar calendar, TermUnit unit, DateOnly today, DateOnly due) =>
        unit == TermUnit.WorkingDays ? calendar.WorkingDaysBetween(today, due) : due.DayNumber - today.DayNumber;
}
