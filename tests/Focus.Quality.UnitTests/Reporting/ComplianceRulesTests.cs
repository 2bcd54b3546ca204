using Focus.Quality.Reporting.Compliance;
using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.UnitTests.Reporting;

/// <summary>"No term left paused" as a complaints office means it: judged on the day of the check against the pause limit.</summary>
public sealed class ComplianceRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(WorkflowStateCategory.Open, null)]
    [InlineData(WorkflowStateCategory.Waiting, null)]
    [InlineData(WorkflowStateCategory.Closed, true)]
    public void A_case_never_paused_is_judged_once_it_closes(WorkflowStateCategory state, bool? met) =>
        Assert.Equal(met, NoTermLeftPaused(Fact(state)).Met);

    [Fact]
    public void An_open_case_paused_within_the_limit_meets_it_with_the_pause_and_the_limit_as_evidence()
    {
        var fact = Fact(WorkflowStateCategory.Open);
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today);

        var result = NoTermLeftPaused(fact);

        Assert.True(result.Met);
        Assert.Equal(new DateOnly(2026, 11, 23), result.Done);
        Assert.Equal(Today, result.Due);
    }

    [Fact]
    public void An_open_case_paused_past_the_limit_fails_it()
    {
        var fact = Fact(WorkflowStateCategory.Open);
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today.AddDays(-1));

        Assert.False(NoTermLeftPaused(fact).Met);
    }

    [Fact]
    public void A_pause_without_a_limit_in_the_rules_is_fine_while_the_case_is_open()
    {
        var fact = Fact(WorkflowStateCategory.Waiting);
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: null);

        Assert.True(NoTermLeftPaused(fact).Met);
    }

    [Fact]
    public void A_closed_case_with_a_pause_never_ended_fails_it_even_within_the_limit()
    {
        var fact = Fact(WorkflowStateCategory.Closed);
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today.AddDays(30));

        Assert.False(NoTermLeftPaused(fact).Met);
    }

    [Fact]
    public void An_open_case_whose_pause_ended_meets_it()
    {
        var fact = Fact(WorkflowStateCategory.Open);
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today.AddDays(-1));
        fact.Resumed(Morning.AddDays(20));

        var result = NoTermLeftPaused(fact);

        Assert.True(result.Met);
        Assert.Null(result.Done);
        Assert.Null(result.Due);
    }

    [Fact]
    public void A_pause_that_arrives_after_its_own_later_resume_changes_nothing()
    {
        var fact = Fact(WorkflowStateCategory.Open);
        fact.Resumed(Morning.AddDays(3));
        fact.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today);

        Assert.Null(fact.PausedSince);

        fact.Paused(Morning.AddDays(5), new DateOnly(2026, 11, 28), limitDue: Today);
        Assert.Equal(new DateOnly(2026, 11, 28), fact.PausedSince);
    }

    [Fact]
    public void The_tally_counts_a_case_left_paused_as_judged_and_not_met()
    {
        var paused = Fact(WorkflowStateCategory.Closed);
        paused.Paused(Morning, new DateOnly(2026, 11, 23), limitDue: Today);
        var tally = new ComplianceTally();

        tally.Add(paused, Today);
        tally.Add(Fact(WorkflowStateCategory.Closed), Today);
        tally.Add(Fact(WorkflowStateCategory.Open), Today);

        Assert.Equal((2, 1), tally.ByItem[ComplianceItem.NoTermLeftPaused]);
        Assert.Equal(2, tally.Cases);
        Assert.Equal(1, tally.CasesFullyMet);
        Assert.Equal("Geen termijn blijft stilstaan", ComplianceTally.DutchNames[ComplianceItem.NoTermLeftPaused]);
    }

    [Fact]
    public void Without_an_objection_the_objection_steps_do_not_apply_while_the_letter_steps_wait_to_be_judged()
    {
        var results = ComplianceRules.Check(Fact(WorkflowStateCategory.Open), Today).ToDictionary(r => r.Item);

        Assert.All([ComplianceItem.InvitedWithinAWeek, ComplianceItem.EmployeeInvited, ComplianceItem.WrittenReport, ComplianceItem.DecisionWithinTwoWeeksOfWaiver],
            item => Assert.False(results[item].Applies));
        Assert.All([ComplianceItem.AcknowledgedInTime, ComplianceItem.AnsweredInTime, ComplianceItem.NoTermLeftPaused],
            item => Assert.True(results[item].Applies && results[item].Met is null));
    }

    [Fact]
    public void After_a_waiver_the_written_report_does_not_apply_and_the_two_week_decision_does()
    {
        var fact = Fact(WorkflowStateCategory.Waiting);
        fact.ObjectionReceivedOn = Today.AddDays(-10);
        fact.HearingWaivedOn = Today.AddDays(-3);

        var results = ComplianceRules.Check(fact, Today).ToDictionary(r => r.Item);

        Assert.False(results[ComplianceItem.WrittenReport].Applies);
        Assert.True(results[ComplianceItem.DecisionWithinTwoWeeksOfWaiver].Applies);
        Assert.True(results[ComplianceItem.InvitedWithinAWeek].Applies);
    }

    private static ComplianceResult NoTermLeftPaused(ComplaintFact fact) =>
        ComplianceRules.Check(fact, Today).Single(r => r.Item == ComplianceItem.NoTermLeftPaused);

    private static ComplaintFact Fact(WorkflowStateCategory state) => new()
    {
        Id = Guid.NewGuid(),
        Reference = "KL-2026-00042",
        ReceivedAt = Morning,
        ReceivedOn = new DateOnly(2026, 11, 23),
        StateCategory = state,
    };
}
