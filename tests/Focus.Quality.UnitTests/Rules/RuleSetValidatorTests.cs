using Focus.Quality.Rules;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.UnitTests.Rules;

public sealed class RuleSetValidatorTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");

    [Theory]
    [InlineData("terms")]
    [InlineData("admissibility")]
    [InlineData("objections")]
    [InlineData("calendar")]
    [InlineData("workflow")]
    public void The_shipped_rule_files_are_valid(string slug)
    {
        var kind = RuleSetKinds.FromSlug(slug)!.Value;

        Assert.Empty(RuleSetValidator.Validate(kind, RuleFiles.Read(RulesDirectory, kind)));
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, "[\n  { \"WorkflowName\": \"Terms\",, }\n]"));

        Assert.Contains("geen geldige JSON", problem.Message);
        Assert.StartsWith("regel 2", problem.Position);
    }

    [Fact]
    public void A_misspelled_field_breaks_the_schema()
    {
        var json = Terms().Replace("\"Expression\"", "\"Expresion\"", StringComparison.Ordinal);

        var problems = RuleSetValidator.Validate(RuleSetKind.Terms, json);

        Assert.Contains(problems, p => p.Message == "onbekend veld 'Expresion'");
        Assert.Contains(problems, p => p.Message == "verplicht veld 'Expression' ontbreekt");
    }

    [Fact]
    public void An_unknown_input_field_is_named_with_the_rule_and_its_position()
    {
        var json = Terms().Replace("input.Trigger == \\\"ComplaintReceived\\\"", "input.Triger == \\\"ComplaintReceived\\\"", StringComparison.Ordinal);

        var problem = RuleSetValidator.Validate(RuleSetKind.Terms, json).First();

        Assert.Equal("Regel 'AcknowledgeWithinFiveWorkingDays'", problem.Subject);
        Assert.Equal("teken 7 van de expressie", problem.Position);
        Assert.Contains("onbekend veld 'Triger'", problem.Message);
        Assert.Contains("input.Trigger", problem.Message);
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\\\"/etc/passwd\\\")")]
    [InlineData("AppDomain.CurrentDomain != null")]
    [InlineData("Environment.Exit(1) == null")]
    public void An_expression_cannot_reach_outside_its_input(string expression)
    {
        var json = Terms().Replace("input.Trigger == \\\"ComplaintReceived\\\"", expression, StringComparison.Ordinal);

        var problem = RuleSetValidator.Validate(RuleSetKind.Terms, json).First();

        Assert.Matches("onbekende naam|is niet toegestaan", problem.Message);
    }

    [Theory]
    [InlineData("input.Trigger == \\\"ComplaintReceived\\\" && 1 / 0 == 1", "deelt door nul")]
    [InlineData("input.Trigger == \\\"ComplaintReceived\\\" && 5 % 0 == 1", "deelt door nul")]
    [InlineData("((((((((((((((((((((((((((true))))))))))))))))))))))))))", "te veel haakjes")]
    public void An_expression_that_would_fail_at_every_complaint_or_exhaust_the_parser_is_refused(string expression, string reason)
    {
        var json = Terms().Replace("input.Trigger == \\\"ComplaintReceived\\\"", expression, StringComparison.Ordinal);

        Assert.Contains(RuleSetValidator.Validate(RuleSetKind.Terms, json), problem => problem.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_rule_with_a_bad_unit_and_a_negative_count_is_refused()
    {
        var json = Terms().Replace("\"Unit\": \"WorkingDays\"", "\"Unit\": \"Fortnights\"", StringComparison.Ordinal).Replace("\"Count\": 5,", "\"Count\": -5,", StringComparison.Ordinal);

        var problems = RuleSetValidator.Validate(RuleSetKind.Terms, json);

        Assert.Contains(problems, p => p.Position == "eigenschap Unit" && p.Message.Contains("Fortnights"));
        Assert.Contains(problems, p => p.Position == "eigenschap Count" && p.Message.Contains("-5"));
    }

    [Theory]
    [InlineData("\"RunsToNextWorkingDay\": false", "\"ExtendsWhenEndingOn\": \"AlgemeneTermijnenwet\"", "geldt alleen als RunsToNextWorkingDay true is")]
    [InlineData("\"RunsToNextWorkingDay\": true", "\"ExtendsWhenEndingOn\": \"Kerstvakantie\"", "'Kerstvakantie' is ongeldig; verwacht één van WorkingDayCalendar, AlgemeneTermijnenwet")]
    public void The_list_that_extends_a_term_must_be_known_and_only_goes_with_running_to_the_next_working_day(string runs, string extends, string message)
    {
        var json = Terms().Replace("\"RunsToNextWorkingDay\": false", $"{runs}, {extends}", StringComparison.Ordinal);

        var problems = RuleSetValidator.Validate(RuleSetKind.Terms, json);

        Assert.Contains(problems, p => p.Subject == "Regel 'AcknowledgeWithinFiveWorkingDays'" && p.Position == "eigenschap ExtendsWhenEndingOn" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_rule_may_extend_by_either_list()
    {
        var json = Terms().Replace("\"RunsToNextWorkingDay\": false", "\"RunsToNextWorkingDay\": true, \"ExtendsWhenEndingOn\": \"WorkingDayCalendar\"", StringComparison.Ordinal);

        Assert.Empty(RuleSetValidator.Validate(RuleSetKind.Terms, json));
    }

    [Fact]
    public void A_closing_day_listed_twice_is_refused()
    {
        const string calendar = """{ "goodFriday": false, "liberationDay": "Never", "closingDays": [ { "date": "2026-12-24", "name": "Kerst" }, { "date": "2026-12-24", "name": "Kerstavond" } ] }""";

        Assert.Contains(RuleSetValidator.Validate(RuleSetKind.Calendar, calendar), p => p.Message.Contains("meer dan eens"));
    }

    private static string Terms() => RuleFiles.Read(RulesDirectory, RuleSetKind.Terms);
}
