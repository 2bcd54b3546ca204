namespace Focus.Quality.Rules.Calendar;

/// <summary>The Dutch public holidays of one year that fall on a weekday or weekend, computed rather than listed.</summary>
internal static class DutchHolidays
{
    public static IEnumerable<(DateOnly Date, string Name)> For(int year, CalendarDefinition definition)
    {
        var easter = EasterSunday(year);
        yield return (new DateOnly(year, 1, 1), "Nieuwjaarsdag");
        if (definition.GoodFriday)
        {
            yield return (easter.AddDays(-2), "Goede Vrijdag");
        }

        yield return (easter, "Eerste Paasdag");
        yield return (easter.AddDays(1), "Tweede Paasdag");
        yield return (KingsDay(year), "Koningsdag");
        if (definition.LiberationDay == LiberationDayPolicy.EveryYear
            || (definition.LiberationDay == LiberationDayPolicy.EveryFiveYears && year % 5 == 0))
        {
            yield return (new DateOnly(year, 5, 5), "Bevrijdingsdag");
        }

        yield return (easter.AddDays(39), "Hemelvaartsdag");
        yield return (easter.AddDays(49), "Eerste Pinksterdag");
        yield return (easter.AddDays(50), "Tweede Pinksterdag");
        yield return (new DateOnly(year, 12, 25), "Eerste Kerstdag");
        yield return (new DateOnly(year, 12, 26), "Tweede Kerstdag");
    }

    /// <summary>27 April, or the 26th when the 27th is a Sunday.</summary>
    public static DateOnly KingsDay(int year)
    {
        var kingsDay = new DateOnly(year, 4, 27);
        return kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
