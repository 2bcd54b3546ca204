using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;
using RulesEngine.Models;

namespace Focus.Quality.UnitTests.Rules;

/// <summary>
/// The complainant's objection term under the shipped rules: a term that ends on a Saturday, Sunday or a holiday of
/// art. 3 of the Algemene termijnenwet runs to the next day that is none of these; company closing days do not count.
/// </summary>
public sealed class AlgemeneTermijnenwetTests
{
    private static readonly RuleSetSnapshot Published = RuleFiles.Load(Path.Combine(AppContext.BaseDirectory, "rules"));

    /// <summary>The company's calendar differs from the Atw on purpose: Good Friday off, Liberation Day never, a closing day.</summary>
    private static readonly WorkingDayCalendar CompanyCalendar = new(new CalendarDefinition(
        GoodFriday: true, LiberationDayPolicy.Never, [new ClosingDay(new DateOnly(2026, 5, 15), "Brugdag")]));

    private static readonly TermRules Terms = new(Published, CompanyCalendar);

    [Theory]
    [InlineData("2026-01-01", "2026-01-02", "Nieuwjaarsdag")]
    [InlineData("2026-04-05", "2026-04-07", "Eerste Paasdag")]
    [InlineData("2026-04-06", "2026-04-07", "Tweede Paasdag")]
    [InlineData("2026-04-27", "2026-04-28", "Koningsdag")]
    [InlineData("2031-04-26", "2031-04-28", "Koningsdag")] // 27 April 2031 is a Sunday: King's Day is the 26th
    [InlineData("2026-05-05", "2026-05-06", "Bevrijdingsdag")] // every year, not only in a lustrum year
    [InlineData("2026-05-14", "2026-05-15", "Hemelvaartsdag")]
    [InlineData("2026-05-24", "2026-05-26", "Eerste Pinksterdag")]
    [InlineData("2026-05-25", "2026-05-26", "Tweede Pinksterdag")]
    [InlineData("2029-12-25", "2029-12-27", "Eerste Kerstdag")]
    [InlineData("2029-12-26", "2029-12-27", "Tweede Kerstdag")]
    [InlineData("2026-11-07", "2026-11-09", "zaterdag")]
    [InlineData("2026-11-08", "2026-11-09", "zondag")]
    public async Task An_objection_term_ending_on_a_day_of_the_Atw_runs_to_the_next_day_that_is_none(string lastDay, string expectedDue, string reason)
    {
        var objection = await ObjectionTermAsync(DateOnly.Parse(lastDay).AddDays(-30));

        Assert.Equal(DateOnly.Parse(expectedDue), objection.DueDate);
        Assert.Equal(reason, objection.SkippedDays[0].Reason);
        Assert.Equal(DateOnly.Parse(lastDay), objection.SkippedDays[0].Date);
    }

    [Theory]
    [InlineData("2026-04-05", "2026-05-06")] // 5 May 2026 is Liberation Day under the Atw, though not a day off at the company
    [InlineData("2026-04-15", "2026-05-15")] // 15 May 2026 is a company closing day, not an Atw day
    [InlineData("2026-03-04", "2026-04-03")] // Good Friday is a day off at the company, not an Atw day
    public async Task The_objection_term_follows_the_Atw_and_not_the_company_calendar(string letterDate, string expectedDue)
    {
        var objection = await ObjectionTermAsync(DateOnly.Parse(letterDate));

        Assert.Equal(DateOnly.Parse(expectedDue), objection.DueDate);
        Assert.True(objection.RunsToNextWorkingDay);
        Assert.Equal(ExtensionDays.AlgemeneTermijnenwet, objection.ExtendsWhenEndingOn);
    }

    [Theory]
    [InlineData("2026-01-01", "Nieuwjaarsdag")]
    [InlineData("2026-04-05", "Eerste Paasdag")]
    [InlineData("2026-04-06", "Tweede Paasdag")]
    [InlineData("2026-04-27", "Koningsdag")]
    [InlineData("2031-04-26", "Koningsdag")]
    [InlineData("2026-05-05", "Bevrijdingsdag")]
    [InlineData("2027-05-05", "Bevrijdingsdag")]
    [InlineData("2026-05-14", "Hemelvaartsdag")]
    [InlineData("2026-05-24", "Eerste Pinksterdag")]
    [InlineData("2026-05-25", "Tweede Pinksterdag")]
    [InlineData("2026-12-25", "Eerste Kerstdag")]
    [InlineData("2026-12-26", "Tweede Kerstdag")]
    [InlineData("2026-11-07", "zaterdag")]
    [InlineData("2026-11-08", "zondag")]
    [InlineData("2026-04-03", null)] // Good Friday
    [InlineData("2031-04-27", "zondag")] // King's Day moved to the 26th
    [InlineData("2026-05-15", null)] // the day after Ascension Day: only a company closing day
    public void The_Atw_list_names_every_day_a_term_cannot_end_on(string date, string? reason) =>
        Assert.Equal(reason, AlgemeneTermijnenwet.NonTermDayReason(DateOnly.Parse(date)));

    [Fact]
    public void A_term_rule_from_before_the_extension_list_existed_keeps_the_working_day_calendar()
    {
        var rule = new Rule
        {
            RuleName = "Old",
            Expression = "true",
            Properties = new Dictionary<string, object> { ["Term"] = "Objection", ["Unit"] = "CalendarDays", ["Count"] = 30, ["RunsToNextWorkingDay"] = true },
        };

        var properties = TermRuleProperties.From(rule);

        Assert.True(properties.RunsToNextWorkingDay);
        Assert.Equal(ExtensionDays.WorkingDayCalendar, properties.ExtendsWhenEndingOn);
        Assert.Equal(new DateOnly(2026, 5, 18), TermCalculator.DueDate(CompanyCalendar, new DateOnly(2026, 4, 15), TermUnit.CalendarDays, 30, runsToNextWorkingDay: true, properties.ExtendsWhenEndingOn).Due);
    }

    [Fact]
    public async Task A_company_closing_day_still_counts_for_a_term_in_working_days()
    {
        var mondayBeforeAscension = new DateTimeOffset(2026, 5, 11, 10, 0, 0, TimeSpan.FromHours(2));

        var terms = await Terms.ComputeAsync(new TermRequest(TermTriggers.ComplaintReceived, mondayBeforeAscension, "Phone", "Other"), default);

        var acknowledgement = Assert.Single(terms, t => t.Code == TermCodes.Acknowledgement);
        Assert.Equal(new DateOnly(2026, 5, 20), acknowledgement.DueDate);
        Assert.Contains(acknowledgement.SkippedDays, d => d.Date == new DateOnly(2026, 5, 15) && d.Reason == "Brugdag");
    }

    private static async Task<ComputedTerm> ObjectionTermAsync(DateOnly letterDate)
    {
        var letterMoment = new DateTimeOffset(letterDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));
        var terms = await Terms.ComputeAsync(new TermRequest(TermTriggers.LetterSent, letterMoment, "Email", "Other"), default);
        return Assert.Single(terms, t => t.Code == TermCodes.Objection);
    }
}
