using System.Text.Json;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;
using RulesEngine.Models;

namespace Focus.Quality.UnitTests.Rules;

public sealed class TermRulesTests
{
    private static readonly RuleSetSnapshot Published = RuleFiles.Load(Path.Combine(AppContext.BaseDirectory, "rules"));

    private static TermRules Engine(RuleSetSnapshot snapshot) => new(snapshot, new WorkingDayCalendar(snapshot.Calendar));

    [Fact]
    public async Task The_published_rules_give_a_complaint_its_acknowledgement_and_response_terms()
    {
        var receivedFriday = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

        var terms = await Engine(Published).ComputeAsync(new TermRequest(TermTriggers.ComplaintReceived, receivedFriday, "Phone", "Treatment"), default);

        var acknowledgement = Assert.Single(terms, t => t.Code == TermCodes.Acknowledgement);
        Assert.Equal(new DateOnly(2026, 11, 27), acknowledgement.DueDate);
        Assert.Equal(TermUnit.WorkingDays, acknowledgement.Unit);
        Assert.Equal(5, acknowledgement.Count);
        Assert.Equal(new DateOnly(2026, 11, 25), acknowledgement.WarnFrom);
        var response = Assert.Single(terms, t => t.Code == TermCodes.Response);
        Assert.Equal(new DateOnly(2026, 12, 18), response.DueDate);
        Assert.All(terms, t => Assert.Matches("^terms@[0-9a-f]{8}\\+admissibility@[0-9a-f]{8}\\+objections@[0-9a-f]{8}\\+calendar@[0-9a-f]{8}$", t.RulesVersion));
    }

    [Theory]
    [InlineData("2026-11-24", "2026-12-24")] // day 30 is a Thursday
    [InlineData("2026-11-06", "2026-12-07")] // day 30 is a Sunday: the complainant's term runs to Monday
    [InlineData("2026-11-25", "2026-12-28")] // day 30 is Christmas Day, then the weekend
    public async Task The_objection_term_is_thirty_days_after_the_letter_date_and_never_ends_on_a_day_off(string letterDate, string expectedDue)
    {
        var letterMoment = new DateTimeOffset(DateOnly.Parse(letterDate).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));

        var terms = await Engine(Published).ComputeAsync(new TermRequest(TermTriggers.LetterSent, letterMoment, "Email", "Other"), default);

        var objection = Assert.Single(terms);
        Assert.Equal(TermCodes.Objection, objection.Code);
        Assert.Equal(TermOwner.Complainant, objection.Owner);
        Assert.Equal(DateOnly.Parse(expectedDue), objection.DueDate);
    }

    [Fact]
    public async Task An_unknown_trigger_starts_no_term()
    {
        var terms = await Engine(Published).ComputeAsync(new TermRequest("SomethingElse", DateTimeOffset.UnixEpoch, "Phone", "Other"), default);

        Assert.Empty(terms);
    }

    [Fact]
    public async Task The_start_date_is_the_date_in_Amsterdam_not_in_UTC()
    {
        // 23:30 UTC on Friday is 00:30 on Saturday in Amsterdam.
        var lateFriday = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);

        var terms = await Engine(Published).ComputeAsync(new TermRequest(TermTriggers.ComplaintReceived, lateFriday, "Email", "Other"), default);

        Assert.All(terms, t => Assert.Equal(new DateOnly(2026, 11, 21), t.StartDate));
    }

    [Fact]
    public async Task Changing_a_rule_changes_the_term()
    {
        var seven = WithAcknowledgementCount(7);

        var terms = await Engine(seven).ComputeAsync(new TermRequest(TermTriggers.ComplaintReceived, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), "Phone", "Other"), default);

        Assert.Equal(new DateOnly(2026, 12, 1), terms.Single(t => t.Code == TermCodes.Acknowledgement).DueDate);
    }

    [Fact]
    public async Task A_rule_that_fails_on_a_complaint_leaves_its_term_to_be_set_by_hand_and_gives_the_other_terms()
    {
        var workflow = Published.Workflows.Single(w => w.WorkflowName == TermRules.WorkflowName);
        var broken = Published with
        {
            Workflows =
            [
                new Workflow
                {
                    WorkflowName = workflow.WorkflowName,
                    Rules = [.. workflow.Rules.Select(r => r.RuleName == "AcknowledgeWithinFiveWorkingDays" ? Copy(r, "input.Channel.Substring(20) == \"x\"") : r)],
                },
            ],
        };
        var receivedFriday = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

        var terms = await Engine(broken).ComputeAsync(new TermRequest(TermTriggers.ComplaintReceived, receivedFriday, "Phone", "Other"), default);

        var acknowledgement = Assert.Single(terms, t => t.Code == TermCodes.Acknowledgement);
        Assert.Contains("startIndex", acknowledgement.RuleFailure, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 27), acknowledgement.DueDate);
        var response = Assert.Single(terms, t => t.Code == TermCodes.Response);
        Assert.Null(response.RuleFailure);
        Assert.Equal(new DateOnly(2026, 12, 18), response.DueDate);
    }

    [Fact]
    public void Editing_a_rule_file_gives_a_new_version()
    {
        var directory = Directory.CreateTempSubdirectory("focus-rules-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "rules");
        foreach (var unchanged in new[] { RuleFiles.CalendarFile, RuleFiles.AdmissibilityFile, RuleFiles.ObjectionsFile })
        {
            File.Copy(Path.Combine(source, unchanged), Path.Combine(directory, unchanged));
        }

        File.WriteAllText(
            Path.Combine(directory, RuleFiles.TermsFile),
            File.ReadAllText(Path.Combine(source, RuleFiles.TermsFile)).Replace("\"Count\": 5", "\"Count\": 6", StringComparison.Ordinal));

        var edited = RuleFiles.Load(directory);

        Assert.NotEqual(Published.Version, edited.Version);
        Assert.EndsWith(Published.Version[Published.Version.IndexOf('+', StringComparison.Ordinal)..], edited.Version, StringComparison.Ordinal);
        Assert.NotEqual(Published.Version[..Published.Version.IndexOf('+', StringComparison.Ordinal)], edited.Version[..edited.Version.IndexOf('+', StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_missing_rule_file_names_the_file_and_the_setting()
    {
        var error = Assert.Throws<FileNotFoundException>(() => RuleFiles.Load(Directory.CreateTempSubdirectory("focus-empty-").FullName));

        Assert.Contains("terms.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rules:Directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_rule_without_its_count_is_rejected_when_loaded()
    {
        var rule = new Rule { RuleName = "NoCount", Expression = "true", Properties = new Dictionary<string, object> { ["Term"] = "X", ["Unit"] = "Weeks" } };

        var error = Assert.Throws<InvalidOperationException>(() => TermRuleProperties.From(rule));

        Assert.Contains("Count", error.Message);
    }

    private static RuleSetSnapshot WithAcknowledgementCount(int count)
    {
        var workflow = Published.Workflows.Single(w => w.WorkflowName == TermRules.WorkflowName);
        var rules = workflow.Rules.Select(r =>
        {
            var copy = Copy(r, r.Expression);
            if (r.RuleName.StartsWith("Acknowledge", StringComparison.Ordinal))
            {
                copy.Properties = new Dictionary<string, object>(r.Properties) { ["Count"] = count };
            }

            return copy;
        });
        return Published with
        {
            Workflows = [new Workflow { WorkflowName = workflow.WorkflowName, Rules = [.. rules] }],
            Version = $"test-{count}",
        };
    }

    private static Rule Copy(Rule rule, string expression)
    {
        var copy = JsonSerializer.Deserialize<Rule>(JsonSerializer.Serialize(rule))!;
        copy.Expression = expression;
        return copy;
    }
}
