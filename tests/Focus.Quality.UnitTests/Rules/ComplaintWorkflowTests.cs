using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Rules.Workflows;

namespace Focus.Quality.UnitTests.Rules;

public sealed class ComplaintWorkflowTests
{
    private static readonly string Shipped = RuleFiles.Read(Path.Combine(AppContext.BaseDirectory, "rules"), RuleSetKind.Workflow);

    private static readonly WorkflowGuardInput Handler = new("behandelaar", "behandelaar", "Phone", "Other", 0);

    private static readonly WorkflowGuardInput SecondReader = Handler with { Actor = "directeur" };

    [Fact]
    public async Task The_shipped_workflow_allows_acknowledging_responding_and_declining_a_new_complaint()
    {
        var workflow = CompiledWorkflow.Parse(1, Shipped);

        Assert.Equal(["Acknowledge", "DeclareNotHandled", "Respond"], await workflow.PermittedAsync("Registered", Handler));
        Assert.Equal(new WorkflowMove("Acknowledged", "Responded", WorkflowStateCategory.Waiting, "Respond", "LetterSent"), workflow.TryMove("Acknowledged", "Respond", Handler));
        Assert.Null(workflow.TryMove("Closed", "Respond", Handler));
    }

    [Fact]
    public async Task A_review_state_with_a_guard_lets_only_a_second_reader_approve_and_only_then_respond()
    {
        var workflow = CompiledWorkflow.Parse(2, WithReview());

        Assert.DoesNotContain("Respond", await workflow.PermittedAsync("Acknowledged", Handler));
        Assert.Equal("Review", workflow.TryMove("Acknowledged", "SubmitForReview", Handler)!.To);
        Assert.Null(workflow.TryMove("Review", "ApproveResponse", Handler));
        Assert.Equal("Approved", workflow.TryMove("Review", "ApproveResponse", SecondReader)!.To);
        Assert.Equal(["DeclareNotHandled", "Respond"], await workflow.PermittedAsync("Approved", Handler));
    }

    [Fact]
    public async Task The_builders_second_reader_guard_lets_anyone_but_the_handler_take_the_step_and_is_valid()
    {
        var json = WithReview().Replace("input.Actor != input.AssignedTo", "!input.ActorIsHandler", StringComparison.Ordinal);
        var workflow = CompiledWorkflow.Parse(2, json);

        Assert.Empty(RuleSetValidator.Validate(RuleSetKind.Workflow, json));
        Assert.DoesNotContain("ApproveResponse", await workflow.PermittedAsync("Review", Handler));
        Assert.DoesNotContain("ApproveResponse", await workflow.PermittedAsync("Review", Handler with { Actor = "BEHANDELAAR" }));
        Assert.Contains("ApproveResponse", await workflow.PermittedAsync("Review", SecondReader));
        // Nobody handles the case yet: whoever takes the step is not its handler.
        Assert.Contains("ApproveResponse", await workflow.PermittedAsync("Review", Handler with { AssignedTo = null }));
    }

    [Fact]
    public void The_actions_ahead_of_a_state_are_those_of_every_state_it_can_still_reach_guards_aside()
    {
        var workflow = CompiledWorkflow.Parse(2, WithReview());

        Assert.Equal(
            ["ApproveResponse", "Close", "ConcludeObjection", "DeclareNotHandled", "RegisterObjection", "Respond"],
            workflow.ActionsAhead("Review").Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Acknowledge", workflow.ActionsAhead("Review"));
        Assert.Empty(workflow.ActionsAhead("Closed"));
    }

    [Fact]
    public void The_review_workflow_is_valid()
    {
        Assert.Empty(RuleSetValidator.Validate(RuleSetKind.Workflow, WithReview()));
    }

    [Fact]
    public void Validation_finds_unreachable_states_dead_ends_unknown_actions_missing_triggers_and_bad_guards()
    {
        var definition = JsonNode.Parse(Shipped)!;
        var states = definition["states"]!.AsArray();
        states.Add(new JsonObject { ["id"] = "Island", ["label"] = "Eiland" });
        states.Add(new JsonObject { ["id"] = "Stuck", ["label"] = "Vast" });
        var transitions = definition["transitions"]!.AsArray();
        transitions.Add(new JsonObject { ["from"] = "Registered", ["to"] = "Stuck", ["action"] = "Teleport" });
        transitions.Add(new JsonObject { ["from"] = "Registered", ["to"] = "Acknowledged", ["action"] = "" });
        transitions.Add(new JsonObject { ["from"] = "Acknowledged", ["to"] = "Closed", ["action"] = "Close", ["guard"] = "input.Mood == \"good\"" });

        var problems = RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("Status ‘Eiland’") && p.Contains("niet te bereiken"));
        Assert.Contains(problems, p => p.Contains("Status ‘Vast’") && p.Contains("doodlopend"));
        Assert.Contains(problems, p => p.Contains("onbekende actie ‘Teleport’"));
        Assert.Contains(problems, p => p.Contains("heeft geen actie"));
        Assert.Contains(problems, p => p.Contains("onbekend veld 'Mood'"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("input.DaysOpen > 10")]
    public void A_second_transition_for_one_action_whose_condition_can_hold_alongside_the_first_is_ambiguous(string? guard)
    {
        using var _ = new UiCulture("nl-NL");
        var definition = JsonNode.Parse(Shipped)!;
        definition["transitions"]!.AsArray().Add(new JsonObject { ["from"] = "Registered", ["to"] = "Closed", ["action"] = "Respond", ["guard"] = guard });

        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()));

        Assert.Equal("Status ‘Geregistreerd’", problem.Subject);
        Assert.Contains("kan zowel naar Status ‘Beantwoord’ als naar Status ‘Gesloten’ leiden", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transitions_for_one_action_with_conditions_that_exclude_each_other_are_valid()
    {
        var definition = JsonNode.Parse(Shipped)!;
        var transitions = definition["transitions"]!.AsArray();
        var respond = transitions.Single(t => (string)t!["from"]! == "Registered" && (string)t["action"]! == "Respond")!;
        respond["guard"] = "input.DaysOpen <= 10";
        transitions.Add(new JsonObject { ["from"] = "Registered", ["to"] = "Closed", ["action"] = "Respond", ["guard"] = "input.DaysOpen > 10" });

        Assert.Empty(RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()));
    }

    [Fact]
    public void A_transition_out_of_a_final_state_is_refused_and_names_the_state()
    {
        using var _ = new UiCulture("nl-NL");
        var definition = JsonNode.Parse(Shipped)!;
        definition["transitions"]!.AsArray().Add(new JsonObject { ["from"] = "Closed", ["to"] = "Responded", ["action"] = "Respond" });

        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()));

        Assert.Equal("Status ‘Gesloten’", problem.Subject);
        Assert.Equal("actie ‘Schriftelijke reactie versturen’", problem.Position);
        Assert.Contains("van de soort ‘Afgesloten’", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_beginning_state_that_is_not_being_handled_is_refused_because_a_new_complaint_would_miss_the_worklist()
    {
        using var _ = new UiCulture("nl-NL");
        var definition = JsonNode.Parse(Shipped)!;
        definition["states"]!.AsArray().Single(s => (string)s!["id"]! == "Registered")!["category"] = "waiting";

        var problem = Assert.Single(RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()));

        Assert.Equal("Status ‘Geregistreerd’", problem.Subject);
        Assert.Contains("moet van de soort ‘In behandeling’ zijn", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_of_state_outside_open_waiting_and_closed_is_refused_by_the_schema()
    {
        var definition = JsonNode.Parse(Shipped)!;
        definition["states"]!.AsArray().Single(s => (string)s!["id"]! == "Closed")!["category"] = "done";

        Assert.NotEmpty(RuleSetValidator.Validate(RuleSetKind.Workflow, definition.ToJsonString()));
    }

    /// <summary>The shipped workflow with "a second reader approves the response before it is sent".</summary>
    internal static string WithReview()
    {
        var definition = JsonNode.Parse(Shipped)!;
        var states = definition["states"]!.AsArray();
        states.Add(new JsonObject { ["id"] = "Review", ["label"] = "Ter beoordeling" });
        states.Add(new JsonObject { ["id"] = "Approved", ["label"] = "Goedgekeurd" });
        var transitions = definition["transitions"]!.AsArray();
        foreach (var respond in transitions.Where(t => (string)t!["action"]! == "Respond").ToList())
        {
            transitions.Remove(respond);
        }

        transitions.Add(new JsonObject { ["from"] = "Acknowledged", ["to"] = "Review", ["action"] = "SubmitForReview" });
        transitions.Add(new JsonObject { ["from"] = "Review", ["to"] = "Approved", ["action"] = "ApproveResponse", ["guard"] = "input.Actor != input.AssignedTo" });
        transitions.Add(new JsonObject { ["from"] = "Approved", ["to"] = "Responded", ["action"] = "Respond" });
        transitions.Add(new JsonObject { ["from"] = "Approved", ["to"] = "NotHandled", ["action"] = "DeclareNotHandled" });
        return definition.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
