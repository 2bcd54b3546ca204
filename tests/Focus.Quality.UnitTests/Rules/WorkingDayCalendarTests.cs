using Focus.Quality.Rules.Calendar;

namespace Focus.Quality.UnitTests.Rules;

public sealed class WorkingDayCalendarTests
{
    private static readonly CalendarDefinition Standard = new(GoodFriday: false, LiberationDayPolicy.EveryFiveYears, []);

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_is_computed_for_any_year(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DutchHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2026-01-01", "Nieuwjaarsdag")]
    [InlineData("2026-04-06", "Tweede Paasdag")]
    [InlineData("2026-04-27", "Koningsdag")]
    [InlineData("2026-05-14", "Hemelvaartsdag")]
    [InlineData("2026-05-25", "Tweede Pinksterdag")]
    [InlineData("2026-12-25", "Eerste Kerstdag")]
    [InlineData("2025-12-26", "Tweede Kerstdag")]
    [InlineData("2025-05-05", "Bevrijdingsdag")]
    public void Public_holidays_are_not_working_days(string date, string name)
    {
        var calendar = new WorkingDayCalendar(Standard);

        Assert.Equal(name, calendar.NonWorkingReason(DateOnly.Parse(date)));
    }

    [Fact]
    public void Kings_day_moves_to_the_26th_when_the_27th_is_a_sunday()
    {
        var calendar = new WorkingDayCalendar(Standard);

        Assert.Equal(new DateOnly(2025, 4, 26), DutchHolidays.KingsDay(2025));
        Assert.Equal(new DateOnly(2031, 4, 26), DutchHolidays.KingsDay(2031));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2031, 4, 28)));
        Assert.Equal("Koningsdag", calendar.NonWorkingReason(new DateOnly(2031, 4, 26)));
    }

    [Fact]
    public void Good_friday_and_liberation_day_follow_the_configuration()
    {
        var standard = new WorkingDayCalendar(Standard);
        var generous = new WorkingDayCalendar(new CalendarDefinition(GoodFriday: true, LiberationDayPolicy.EveryYear, []));
        var strict = new WorkingDayCalendar(new CalendarDefinition(GoodFriday: false, LiberationDayPolicy.Never, []));

        Assert.True(standard.IsWorkingDay(new DateOnly(2026, 4, 3)));
        Assert.Equal("Goede Vrijdag", generous.NonWorkingReason(new DateOnly(2026, 4, 3)));
        Assert.True(standard.IsWorkingDay(new DateOnly(2026, 5, 5)));
        Assert.Equal("Bevrijdingsdag", generous.NonWorkingReason(new DateOnly(2026, 5, 5)));
        Assert.True(strict.IsWorkingDay(new DateOnly(2025, 5, 5)));
    }

    [Fact]
    public void Company_closing_days_are_not_working_days()
    {
        var calendar = new WorkingDayCalendar(Standard with { ClosingDays = [new ClosingDay(new DateOnly(2026, 5, 15), "Brugdag")] });

        Assert.Equal("Brugdag", calendar.NonWorkingReason(new DateOnly(2026, 5, 15)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 5, 14)));
    }

    [Theory]
    [InlineData("2026-11-21", "zaterdag")]
    [InlineData("2026-11-22", "zondag")]
    public void Weekends_are_not_working_days(string date, string reason) =>
        Assert.Equal(reason, new WorkingDayCalendar(Standard).NonWorkingReason(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-11-23", "2026-11-27", 4)]
    [InlineData("2026-11-27", "2026-11-23", -4)]
    [InlineData("2026-12-24", "2027-01-04", 5)]
    [InlineData("2026-11-24", "2026-11-24", 0)]
    public void Working_days_between_skips_weekends_and_holidays(string from, string to, int expected) =>
        Assert.Equal(expected, new WorkingDayCalendar(Standard).WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
}
