using Focus.Quality.Handling.Domain;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.UnitTests.Handling;

/// <summary>A paused term's days and its new due date, over weekends, public holidays and closing days.</summary>
public sealed class TermPauseTests
{
    private static readonly WorkingDayCalendar Calendar = new(new CalendarDefinition(GoodFriday: false, LiberationDayPolicy.EveryFiveYears,
        [new ClosingDay(new DateOnly(2026, 5, 15), "Brugdag")]));

    [Theory]
    // Monday to Thursday: Monday, Tuesday and Wednesday were paused.
    [InlineData("2026-03-02", "2026-03-05", 3)]
    // Friday to Monday: only the Friday was a working day.
    [InlineData("2026-03-06", "2026-03-09", 1)]
    // Asked on a Saturday, answered on Monday: no working day lost.
    [InlineData("2026-03-07", "2026-03-09", 0)]
    // Over Easter Monday (6 April 2026): Thursday 2, Friday 3 (Good Friday is a working day here), then Tuesday 7 resumes.
    [InlineData("2026-04-02", "2026-04-07", 2)]
    // Over Ascension Day (14 May) and the company's closing day after it (15 May): Wednesday 13 only, of 13–17 May.
    [InlineData("2026-05-13", "2026-05-18", 1)]
    // Answered the same day: nothing paused.
    [InlineData("2026-03-02", "2026-03-02", 0)]
    public void A_working_day_term_loses_only_the_working_days_of_the_pause(string pausedOn, string resumedOn, int expected) =>
        Assert.Equal(expected, TermPause.PausedDays(TermUnit.WorkingDays, DateOnly.Parse(pausedOn), DateOnly.Parse(resumedOn), Calendar));

    [Theory]
    [InlineData("2026-03-06", "2026-03-09", 3)]
    [InlineData("2026-04-02", "2026-04-07", 5)]
    public void A_calendar_term_loses_every_day_of_the_pause(string pausedOn, string resumedOn, int expected)
    {
        Assert.Equal(expected, TermPause.PausedDays(TermUnit.CalendarDays, DateOnly.Parse(pausedOn), DateOnly.Parse(resumedOn), Calendar));
        Assert.Equal(expected, TermPause.PausedDays(TermUnit.Weeks, DateOnly.Parse(pausedOn), DateOnly.Parse(resumedOn), Calendar));
    }

    [Fact]
    public void A_working_day_term_moves_by_its_paused_working_days_across_a_weekend_and_holidays()
    {
        // Due Wednesday 13 May 2026; two working days later skips Ascension Day and the closing day: Monday 18, Tuesday 19.
        Assert.Equal(new DateOnly(2026, 5, 19), TermPause.ResumedDueDate(TermUnit.WorkingDays, false, new DateOnly(2026, 5, 13), 2, Calendar));
    }

    [Theory]
    // Due Friday 3 April + 3 days = Monday 6 April, Easter Monday: it runs on to Tuesday 7 April.
    [InlineData("2026-04-03", 3, true, "2026-04-07")]
    // Without running on to a working day it ends on the holiday itself.
    [InlineData("2026-04-03", 3, false, "2026-04-06")]
    // Due Monday 2 March + 5 days = Saturday 7 March: on to Monday 9 March.
    [InlineData("2026-03-02", 5, true, "2026-03-09")]
    // Nothing paused: the due date stays, also when a person set it on a day off.
    [InlineData("2026-03-07", 0, true, "2026-03-07")]
    public void A_calendar_term_moves_by_its_paused_days_and_runs_on_to_a_working_day_when_its_rule_says_so(string due, int pausedDays, bool runsOn, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), TermPause.ResumedDueDate(TermUnit.Weeks, runsOn, DateOnly.Parse(due), pausedDays, Calendar));
}
