using System.Collections.Concurrent;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Calendar;

/// <summary>Monday to Friday minus the Dutch holidays and the company's closing days.</summary>
internal sealed class WorkingDayCalendar(CalendarDefinition definition) : IWorkingDayCalendar
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> _daysOffByYear = new();

    /// <summary>A holiday is named even on a weekend: "Koningsdag" explains more than "zaterdag".</summary>
    public string? NonWorkingReason(DateOnly date) => DaysOff(date.Year).GetValueOrDefault(date) ?? date.DayOfWeek switch
    {
        DayOfWeek.Saturday => "zaterdag",
        DayOfWeek.Sunday => "zondag",
        _ => null,
    };

    public bool IsWorkingDay(DateOnly date) => NonWorkingReason(date) is null;

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var day = from;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    private IReadOnlyDictionary<DateOnly, string> DaysOff(int year) =>
        _daysOffByYear.GetOrAdd(year, y =>
        {
            var daysOff = new Dictionary<DateOnly, string>();
            foreach (var (date, name) in DutchHolidays.For(y, definition))
            {
                daysOff.TryAdd(date, name);
            }

            foreach (var closing in definition.ClosingDays.Where(c => c.Date.Year == y))
            {
                daysOff.TryAdd(closing.Date, closing.Name);
            }

            return daysOff;
        });
}
