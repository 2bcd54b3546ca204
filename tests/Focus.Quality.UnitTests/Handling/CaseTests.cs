using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.UnitTests.Handling;

public sealed class CaseTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static Case NewCase() => Case.Open(
        new ComplaintRegistered(Guid.NewGuid(), Received, Guid.NewGuid(), "KL-2026-00001", ComplaintChannel.Phone, ComplaintCategory.Other,
            Received, "Jan Jansen", ContactPreference.Phone, "behandelaar"),
        new WorkflowStart(new WorkflowPin(1, "Registered"), WorkflowStateCategory.Open, null),
        [
            Term(TermCodes.Response, new DateOnly(2026, 12, 18)),
            Term(TermCodes.Acknowledgement, new DateOnly(2026, 11, 27)),
        ]);

    private static ComputedTerm Term(string code, DateOnly due) =>
        new(code, code + "Rule", new DateOnly(2026, 11, 20), due, due.AddDays(-2), TermUnit.WorkingDays, 5, false, ExtensionDays.WorkingDayCalendar, [], "v1");

    [Fact]
    public void A_new_case_has_its_nearest_term_on_the_row_and_a_timeline()
    {
        var @case = NewCase();

        Assert.Equal(TermCodes.Acknowledgement, @case.NextTermCode);
        Assert.Equal(new DateOnly(2026, 11, 27), @case.NextDueDate);
        Assert.Equal([TimelineKind.Received, TimelineKind.Registered, TimelineKind.TermsSet], @case.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public void A_term_whose_rule_failed_raises_no_warning_or_breach_until_a_person_sets_its_date()
    {
        var @case = Case.Open(
            new ComplaintRegistered(Guid.NewGuid(), Received, Guid.NewGuid(), "KL-2026-00002", ComplaintChannel.WebForm, ComplaintCategory.Treatment,
                Received, "Jan Jansen", ContactPreference.Email, null),
            new WorkflowStart(new WorkflowPin(1, "Registered"), WorkflowStateCategory.Open, null),
            [Term(TermCodes.Acknowledgement, new DateOnly(2026, 11, 27)) with { RuleFailure = "startIndex cannot be larger than length of string." }]);
        var acknowledgement = @case.Term(TermCodes.Acknowledgement)!;

        var signalledWhileWaiting = @case.SignalTerms(new DateOnly(2026, 12, 31), Received);
        @case.SetTermByHand(acknowledgement, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 26), "5 werkdagen volgens de procedure", "behandelaar", Received);
        var signalledOnceSet = @case.SignalTerms(new DateOnly(2026, 12, 31), Received);

        Assert.Empty(signalledWhileWaiting);
        Assert.Contains(@case.Timeline, e => e.Kind == TimelineKind.TermRuleFailed && e.Details!.Contains("startIndex", StringComparison.Ordinal));
        Assert.DoesNotContain(TermCodes.Acknowledgement, @case.Timeline.Single(e => e.Kind == TimelineKind.TermsSet).Details, StringComparison.Ordinal);
        Assert.False(acknowledgement.NeedsDate);
        Assert.Equal(new DateOnly(2026, 11, 30), acknowledgement.DueDate);
        Assert.Equal((acknowledgement, true), Assert.Single(signalledOnceSet));
    }

    [Theory]
    [InlineData(27, true)]
    [InlineData(28, false)]
    public void Acknowledging_completes_the_term_and_says_whether_it_was_on_time(int day, bool onTime)
    {
        var @case = NewCase();

        var acknowledged = @case.Acknowledge(AcknowledgementMethod.Email, new DateTimeOffset(2026, 11, day, 16, 0, 0, TimeSpan.FromHours(1)), "h", null, Received);

        Assert.Equal(onTime, acknowledged.OnTime);
        Assert.Equal(onTime, @case.Term(TermCodes.Acknowledgement)!.Met);
        Assert.Equal(TermCodes.Response, @case.NextTermCode);
    }

    [Theory]
    [InlineData("2026-11-24", null, "Open")]
    [InlineData("2026-11-25", null, "DueSoon")]
    [InlineData("2026-11-27", null, "DueSoon")]
    [InlineData("2026-11-30", null, "Overdue")]
    [InlineData("2026-11-30", "2026-11-27", "Met")]
    [InlineData("2026-11-30", "2026-11-28", "Late")]
    public void Term_state_depends_on_today_the_warning_window_and_completion(string today, string? completed, string expected) =>
        Assert.Equal(Enum.Parse<TermState>(expected), TermStatus.State(
            DateOnly.Parse(today), new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 25), completed is null ? null : DateOnly.Parse(completed)));

    [Fact]
    public void Moving_to_a_new_workflow_version_keeps_every_step_taken_and_adds_only_the_terms_the_new_state_starts()
    {
        var @case = NewCase();
        @case.Move(new WorkflowMove("Registered", "Acknowledged", WorkflowStateCategory.Open, WorkflowActions.Acknowledge, null), "behandelaar", Received.AddDays(1));
        var before = @case.Timeline.Select(e => (e.Kind, e.Details)).ToList();

        @case.MoveToVersion(
            new WorkflowStateLabel("Acknowledged", "Ontvangst bevestigd", WorkflowStateCategory.Open), 2, new WorkflowStateLabel("Review", "Ter beoordeling", WorkflowStateCategory.Open, "ReviewStarted"),
            [Term("ReviewDeadline", new DateOnly(2026, 11, 26))], "kwaliteit", Received.AddDays(2));

        Assert.Equal(new WorkflowPin(2, "Review"), @case.WorkflowPin);
        Assert.Equal(before, @case.Timeline.Take(before.Count).Select(e => (e.Kind, e.Details)));
        Assert.Equal(
            [(TimelineKind.WorkflowVersionChanged, "1|Ontvangst bevestigd|2|Ter beoordeling"), (TimelineKind.TermsSet, "ReviewDeadline=2026-11-26")],
            @case.Timeline.Skip(before.Count).Select(e => (e.Kind, e.Details)));
        Assert.Equal(3, @case.Terms.Count);
        Assert.Equal("ReviewDeadline", @case.NextTermCode);
    }

    [Fact]
    public void A_case_left_on_its_version_says_why_on_its_timeline()
    {
        var @case = NewCase();

        @case.KeepVersion(2, CaseMoveProblem.TermWouldVanish, TermCodes.Response, "kwaliteit", Received.AddDays(1));

        Assert.Equal(new WorkflowPin(1, "Registered"), @case.WorkflowPin);
        Assert.Equal("2|TermWouldVanish|Response", @case.Timeline[^1].Details);
    }
}
