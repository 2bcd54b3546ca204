using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Terms;

/// <summary>
/// The arithmetic of one term: the receipt day is day 0, working days skip weekends, holidays and closing days; a term
/// that runs to the next working day ends on the first day not on its extension list.
/// </summary>
internal static class TermCalculator
{
    public static (DateOnly Due, IReadOnlyList<SkippedDay> Skipped) DueDate(
        IWorkingDayCalendar calendar, DateOnly start, TermUnit unit, int count, bool runsToNextWorkingDay,
        ExtensionDays extendsWhenEndingOn = ExtensionDays.WorkingDayCalendar)
    {
        var skipped = new List<SkippedDay>();
        var due = unit switch
        {
            TermUnit.WorkingDays => AddWorkingDays(calendar, start, count, skipped),
            TermUnit.CalendarDays => start.AddDays(count),
            TermUnit.Weeks => start.AddDays(7 * count),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown term unit"),
        };

        Func<DateOnly, string?> cannotEndOn = extendsWhenEndingOn switch
        {
            ExtensionDays.WorkingDayCalendar => calendar.NonWorkingReason,
            ExtensionDays.AlgemeneTermijnenwet => AlgemeneTermijnenwet.NonTermDayReason,
            _ => throw new ArgumentOutOfRangeException(nameof(extendsWhenEndingOn), extendsWhenEndingOn, "Unknown extension list"),
        };
        while (runsToNextWorkingDay && cannotEndOn(due) is { } reason)
        {
            skipped.Add(new SkippedDay(due, reason));
            due = due.AddDays(1);
        }

        return (due, skipped);
    }

    /// <summary>The first day of the warning window: <paramref name="workingDaysBefore"/> working days before the due date.</summary>
    public static DateOnly WarnFrom(IWorkingDayCalendar calendar, DateOnly due, int workingDaysBefore) =>
        calendar.AddWorkingDays(due, -workingDaysBefore);

    private static DateOnly AddWorkingDays(IWorkingDayCalendar calendar, DateOnly start, int count, List<SkippedDay> skipped)
    {
        var day = start;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (calendar.NonWorkingReason(day) is { } reason)
            {
                skipped.Add(new SkippedDay(day, reason));
            }
            else
            {
                counted++;
            }
        }

        return day;
    }
}
