using System.Text.Json.Nodes;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.UnitTests.Rules;

public sealed class RuleSetDocumentTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");

    [Fact]
    public void The_form_changes_one_rule_and_keeps_what_it_does_not_show()
    {
        const string json = """
            [ { "WorkflowName": "Terms", "GlobalParams": [], "Rules": [
                { "RuleName": "Ack", "SuccessEvent": "Acknowledgement", "Expression": "true", "ErrorMessage": "kept",
                  "Properties": { "Term": "Acknowledgement", "Unit": "WorkingDays", "Count": 5, "RunsToNextWorkingDay": false } } ] } ]
            """;
        var document = RuleSetDocument.TryParse(json, "Terms")!;
        var rule = document[0];

        document.Update(0, rule with { Properties = [.. rule.Properties.Select(p => p.Key == "Count" ? (p.Key, "10") : p)] });
        var saved = JsonNode.Parse(document.ToJson())![0]!;

        Assert.Equal(10, saved["Rules"]![0]!["Properties"]!["Count"]!.GetValue<decimal>());
        Assert.False(saved["Rules"]![0]!["Properties"]!["RunsToNextWorkingDay"]!.GetValue<bool>());
        Assert.Equal("kept", (string?)saved["Rules"]![0]!["ErrorMessage"]);
        Assert.NotNull(saved["GlobalParams"]);
    }

    [Fact]
    public void A_value_that_no_longer_fits_its_type_is_kept_as_text_for_the_validator_to_report()
    {
        var document = RuleSetDocument.TryParse(RuleFiles.Read(RulesDirectory, RuleSetKind.Terms), "Terms")!;
        var rule = document[0];

        document.Update(0, rule with { Properties = [.. rule.Properties.Select(p => p.Key == "Count" ? (p.Key, "vijf") : p)] });

        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, document.ToJson()));
        Assert.Contains("Bevestiging binnen 5 werkdagen", problem.Subject);
        Assert.Contains("aantal", problem.ToString());
        Assert.Contains("'vijf' is ongeldig", problem.Message);
    }

    [Fact]
    public void A_new_rule_carries_every_required_property_so_the_validator_asks_for_their_values()
    {
        var document = RuleSetDocument.TryParse(RuleFiles.Read(RulesDirectory, RuleSetKind.Admissibility), "Admissibility")!;
        var before = document.Count;

        var index = document.Add("NieuweRegel", PropertySpec.AdmissibilityRule, "true");

        Assert.Equal(before, index);
        Assert.Equal(["DisplayName", "Description", "Reason", "Explanation", "SuggestedMotivation"], document[index].Properties.Select(p => p.Key));
        Assert.All(RuleSetValidator.Validate(RuleSetKind.Admissibility, document.ToJson()), p => Assert.Contains("NieuweRegel", p.Subject));
    }

    [Theory]
    [InlineData("{ \"WorkflowName\": \"Terms\" }")]
    [InlineData("[ { \"WorkflowName\": \"Other\", \"Rules\": [] } ]")]
    [InlineData("[ { \"WorkflowName\": \"Terms\", \"Rules\": [ 1 ] } ]")]
    [InlineData("[ {")]
    public void Json_the_form_cannot_show_is_left_to_the_raw_view(string json) =>
        Assert.Null(RuleSetDocument.TryParse(json, "Terms"));

    [Fact]
    public void The_calendar_round_trips_through_the_year_view_in_the_format_of_the_rules_folder()
    {
        var calendar = CalendarJson.TryParse(RuleFiles.Read(RulesDirectory, RuleSetKind.Calendar))!;
        var changed = calendar with { GoodFriday = true, ClosingDays = [.. calendar.ClosingDays, new ClosingDay(new DateOnly(2027, 3, 3), "Studiedag")] };

        var json = CalendarJson.Write(changed);

        Assert.Empty(RuleSetValidator.Validate(RuleSetKind.Calendar, json));
        Assert.Contains("\"goodFriday\": true", json);
        Assert.Contains("\"date\": \"2027-03-03\"", json);
        Assert.Equal(changed.ClosingDays.Count, CalendarJson.TryParse(json)!.ClosingDays.Count);
    }
}
