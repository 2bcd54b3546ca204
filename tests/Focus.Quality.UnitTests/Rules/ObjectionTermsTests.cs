using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Objections;
using Focus.Quality.Rules.Terms;

namespace Focus.Quality.UnitTests.Rules;

public sealed class ObjectionTermsTests
{
    private static readonly RuleSetSnapshot Published = RuleFiles.Load(Path.Combine(AppContext.BaseDirectory, "rules"));

    private static readonly TermRules Terms = new(Published, new WorkingDayCalendar(Published.Calendar));

    private static readonly ObjectionRules Objections = new(Published);

    private static DateTimeOffset Noon(string date) => new(DateOnly.Parse(date).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));

    [Theory]
    [InlineData("2026-11-24", "2026-12-01")] // a Tuesday: a week later
    [InlineData("2026-12-18", "2026-12-25")] // calendar days: Christmas Day is the director's own term, it does not move
    public async Task The_hearing_invitation_is_due_one_week_after_the_objection_is_received(string received, string expectedDue)
    {
        var terms = await Terms.ComputeAsync(new TermRequest(TermTriggers.ObjectionReceived, Noon(received), "Email", "Other"), default);

        var invitation = Assert.Single(terms);
        Assert.Equal(TermCodes.HearingInvitation, invitation.Code);
        Assert.Equal(TermOwner.Focus, invitation.Owner);
        Assert.Equal(TermUnit.CalendarDays, invitation.Unit);
        Assert.Equal(DateOnly.Parse(expectedDue), invitation.DueDate);
    }

    [Fact]
    public async Task The_definitive_decision_is_due_two_weeks_after_the_waiver()
    {
        var terms = await Terms.ComputeAsync(new TermRequest(TermTriggers.HearingWaived, Noon("2026-11-24"), "Email", "Other"), default);

        var decision = Assert.Single(terms);
        Assert.Equal(TermCodes.FinalDecision, decision.Code);
        Assert.Equal(new DateOnly(2026, 12, 8), decision.DueDate);
        Assert.Equal(new DateOnly(2026, 12, 3), decision.WarnFrom);
    }

    [Theory]
    [InlineData("2026-12-07", false)] // on the last day of the term
    [InlineData("2026-11-20", false)]
    [InlineData("2026-12-08", true)] // one day after
    public async Task An_objection_received_after_its_term_is_flagged_as_late(string received, bool late)
    {
        var advice = await Objections.AdviseAsync(new ObjectionFacts(DateOnly.Parse(received), new DateOnly(2026, 12, 7)), default);

        Assert.Equal(late, advice.Any(a => a.RuleName == "ObjectionAfterTheTerm"));
        Assert.All(advice, a => Assert.Contains("objections@", a.RulesVersion, StringComparison.Ordinal));
    }
}
