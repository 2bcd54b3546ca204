using System.Text.Json.Nodes;
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

        Assert.Equal("Regel 'Bevestiging binnen 5 werkdagen'", problem.Subject);
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

    [Theory]
    [InlineData("input.Trigger.PadLeft(2000000000) != null", "PadLeft")]
    [InlineData("input.Trigger.PadLeft(input.Trigger.Length * 1000) != null", "PadLeft")]
    [InlineData("input.Channel.PadRight(20000).Length > 0", "PadRight")]
    [InlineData("string('x', 2000000000) != null", "een tekst van")]
    [InlineData("string.Format(\"{0,2000000000}\", 1) != null", "Format")]
    [InlineData("input.Channel.Replace(\"a\", input.Channel).Length > 0", "Replace")]
    public void An_expression_whose_size_the_compiler_sees_is_unbounded_is_refused_before_it_runs(string expression, string named)
    {
        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, WithFirstExpression(expression)));

        Assert.Equal("Regel 'Bevestiging binnen 5 werkdagen'", problem.Subject);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.Contains("10.000", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string.Join(\"\", Enumerable.Repeat(input.Channel, 1000000000)) != null")]
    [InlineData("Enumerable.Range(0, 2000000000).Any()")]
    [InlineData("Regex.IsMatch(input.Channel, \"(a+)+b\")")]
    public void Sequences_and_regular_expressions_are_not_available_to_a_rule(string expression)
    {
        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, WithFirstExpression(expression)));

        Assert.Contains("is niet toegestaan", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("np(input)")]
    [InlineData("np(input, 1)")]
    public void An_expression_that_crashes_the_parser_is_a_Dutch_problem(string expression)
    {
        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, WithFirstExpression(expression)));

        Assert.Equal("Regel 'Bevestiging binnen 5 werkdagen'", problem.Subject);
        Assert.StartsWith("de expressie kan niet worden vertaald", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_that_throws_for_some_representative_complaint_is_refused_with_that_complaint()
    {
        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, WithFirstExpression("input.Channel.Substring(5) == \"x\"")));

        Assert.Equal("Regel 'Bevestiging binnen 5 werkdagen'", problem.Subject);
        Assert.Contains("geeft een fout", problem.Message, StringComparison.Ordinal);
        Assert.Contains("input.Channel = \"\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string.Concat(input.Channel.Select(c => input.Channel)).Length > 0", "MB geheugen")]
    [InlineData("input.Channel.SelectMany(c => input.Channel).SelectMany(c => input.Category).Count() > 0", "MB geheugen")]
    [InlineData("input.Channel.All(c => input.Category.All(d => d == d))", "rekenstappen")]
    public void An_expression_over_its_time_or_memory_budget_is_stopped_and_refused(string expression, string reason)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();

        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Terms, WithFirstExpression(expression)));

        Assert.Equal("Regel 'Bevestiging binnen 5 werkdagen'", problem.Subject);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"The check took {started.Elapsed}.");
    }

    [Fact]
    public void A_workflow_guard_that_throws_for_some_case_is_refused()
    {
        var workflow = RuleFiles.Read(RulesDirectory, RuleSetKind.Workflow);
        var guarded = JsonNode.Parse(workflow)!;
        guarded["transitions"]![0]!["guard"] = "input.Actor.Substring(3) != \"x\"";

        var problems = RuleSetValidator.Validate(RuleSetKind.Workflow, guarded.ToJsonString());

        Assert.Contains(problems, p => p.Subject!.StartsWith("Overgang", StringComparison.Ordinal) && p.Message.Contains("geeft een fout", StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_rule_with_a_bad_unit_and_a_negative_count_is_refused()
    {
        var json = Terms().Replace("\"Unit\": \"WorkingDays\"", "\"Unit\": \"Fortnights\"", StringComparison.Ordinal).Replace("\"Count\": 5,", "\"Count\": -5,", StringComparison.Ordinal);

        var problems = RuleSetValidator.Validate(RuleSetKind.Terms, json);

        Assert.Contains(problems, p => p.Position == "eenheid" && p.Message.Contains("Fortnights"));
        Assert.Contains(problems, p => p.Position == "aantal" && p.Message.Contains("-5"));
    }

    [Theory]
    [InlineData("\"RunsToNextWorkingDay\": false", "\"ExtendsWhenEndingOn\": \"AlgemeneTermijnenwet\"", "geldt alleen als \"doorlopen naar de volgende dag\" aan staat")]
    [InlineData("\"RunsToNextWorkingDay\": true", "\"ExtendsWhenEndingOn\": \"Kerstvakantie\"", "'Kerstvakantie' is ongeldig; verwacht een keuze uit de lijst")]
    public void The_list_that_extends_a_term_must_be_known_and_only_goes_with_running_to_the_next_working_day(string runs, string extends, string message)
    {
        var json = Terms().Replace("\"RunsToNextWorkingDay\": false", $"{runs}, {extends}", StringComparison.Ordinal);

        var problems = RuleSetValidator.Validate(RuleSetKind.Terms, json);

        Assert.Contains(problems, p => p.Subject == "Regel 'Bevestiging binnen 5 werkdagen'" && p.Position == "welke dagen verlengen" && p.Message.Contains(message, StringComparison.Ordinal));
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

    private static string WithFirstExpression(string expression)
    {
        var terms = JsonNode.Parse(Terms())!;
        terms[0]!["Rules"]![0]!["Expression"] = expression;
        return terms.ToJsonString();
    }
}
