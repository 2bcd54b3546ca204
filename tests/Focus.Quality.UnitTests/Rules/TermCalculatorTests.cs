using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;

namespace Focus.Quality.UnitTests.Rules;

public sealed class TermCalculatorTests
{
    private static readonly WorkingDayCalendar Calendar = new(new CalendarDefinition(
        GoodFriday: false, LiberationDayPolicy.EveryFiveYears, [new ClosingDay(new DateOnly(2026, 5, 15), "Brugdag")]));

    [Theory]
    [InlineData("2026-11-20", "2026-11-27")] // Friday: the weekend does not count
    [InlineData("2026-11-21", "2026-11-27")] // received on a Saturday: Monday is the first working day
    [InlineData("2026-12-25", "2027-01-04")] // received on Christmas Day, across New Year
    [InlineData("2026-12-29", "2027-01-06")] // year end
    [InlineData("2026-05-12", "2026-05-21")] // Ascension Day and the company's closing day after it
    [InlineData("2026-11-23", "2026-11-30")] // an ordinary Monday
    public void Five_working_days_count_from_the_day_after_receipt(string received, string expectedDue)
    {
        var (due, _) = TermCalculator.DueDate(Calendar, DateOnly.Parse(received), TermUnit.WorkingDays, 5, runsToNextWorkingDay: false);

        Assert.Equal(DateOnly.Parse(expectedDue), due);
    }

    [Fact]
    public void Skipped_days_explain_the_due_date()
    {
        var (_, skipped) = TermCalculator.DueDate(Calendar, new DateOnly(2026, 12, 25), TermUnit.WorkingDays, 5, runsToNextWorkingDay: false);

        Assert.Equal(
            ["2026-12-26 Tweede Kerstdag", "2026-12-27 zondag", "2027-01-01 Nieuwjaarsdag", "2027-01-02 zaterdag", "2027-01-03 zondag"],
            skipped.Select(d => $"{d.Date:yyyy-MM-dd} {d.Reason}"));
    }

    [Fact]
    public void Four_weeks_are_calendar_weeks()
    {
        var (due, skipped) = TermCalculator.DueDate(Calendar, new DateOnly(2026, 11, 20), TermUnit.Weeks, 4, runsToNextWorkingDay: false);

        Assert.Equal(new DateOnly(2026, 12, 18), due);
        Assert.Empty(skipped);
    }

    [Theory]
    [InlineData("2026-11-06", "2026-12-07")] // day 30 is a Sunday
    [InlineData("2026-11-25", "2026-12-28")] // day 30 is Christmas Day, then a weekend
    [InlineData("2026-11-01", "2026-12-01")] // day 30 is a Tuesday: nothing moves
    public void A_term_that_runs_to_the_next_working_day_never_ends_on_a_day_off(string start, string expectedDue)
    {
        var (due, _) = TermCalculator.DueDate(Calendar, DateOnly.Parse(start), TermUnit.CalendarDays, 30, runsToNextWorkingDay: true);

        Assert.Equal(DateOnly.Parse(expectedDue), due);
    }

    [Fact]
    public void A_calendar_term_without_the_rule_may_end_on_a_sunday()
    {
        var (due, _) = TermCalculator.DueDate(Calendar, new DateOnly(2026, 11, 6), TermUnit.CalendarDays, 30, runsToNextWorkingDay: false);

        Assert.Equal(new DateOnly(2026, 12, 6), due);
    }

    [Theory]
    [InlineData("2026-11-27", 2, "2026-11-25")]
    [InlineData("2026-11-30", 2, "2026-11-26")]
    [InlineData("2026-11-30", 0, "2026-11-30")]
    public void The_warning_starts_working_days_before_the_due_date(string due, int workingDaysBefore, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), TermCalculator.WarnFrom(Calendar, DateOnly.Parse(due), workingDaysBefore));
}
