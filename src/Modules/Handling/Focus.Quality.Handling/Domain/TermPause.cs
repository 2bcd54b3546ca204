using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.Domain;

/// <summary>
/// The arithmetic of a paused term (opschorting, as Open Zaak has it): the days from the day the pause started up to,
/// not including, the day it ends are added to the due date, counted in the term's own unit. A term of working days
/// loses only the working days of the pause; a term of calendar days or weeks every day, and then still runs on to the
/// next working day when its rule says so.
/// </summary>
internal static class TermPause
{
    public static int PausedDays(TermUnit unit, DateOnly pausedOn, DateOnly resumedOn, IWorkingDayCalendar calendar)
    {
        if (resumedOn <= pausedOn)
        {
            return 0;
        }

        return unit == TermUnit.WorkingDays
            ? calendar.WorkingDaysBetween(pausedOn.AddDays(-1), resumedOn.AddDays(-1))
            : resumedOn.DayNumber - pausedOn.DayNumber;
    }

    public static DateOnly ResumedDueDate(TermUnit unit, bool runsToNextWorkingDay, DateOnly dueDate, int pausedDays, IWorkingDayCalendar calendar)
    {
        if (unit == TermUnit.WorkingDays)
        {
            return calendar.AddWorkingDays(dueDate, pausedDays);
        }

        var due = dueDate.AddDays(pausedDays);
        while (runsToNextWorkingDay && pausedDays > 0 && !calendar.IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        return due;
    }
}
