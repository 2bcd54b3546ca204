using System.Text.Json.Nodes;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Rules.Workflows;

namespace Focus.Quality.UnitTests.Rules;

public sealed class WorkflowDiffTests
{
    private static readonly string Shipped = RuleFiles.Read(Path.Combine(AppContext.BaseDirectory, "rules"), RuleSetKind.Workflow);

    [Fact]
    public void A_version_compared_with_itself_has_no_changes()
    {
        Assert.Empty(WorkflowDiff.Between(Shipped, Shipped));
    }

    [Fact]
    public void The_review_step_shows_as_added_states_and_transitions_and_the_respond_transitions_it_replaced_as_removed()
    {
        var changes = WorkflowDiff.Between(Shipped, ComplaintWorkflowTests.WithReview());

        Assert.Equal(["Approved", "Review"], changes.Where(c => c is { Kind: WorkflowChangeKind.Added, StateId: not null }).Select(c => c.StateId).Order());
        Assert.Contains(changes, c => c is { Kind: WorkflowChangeKind.Added, Transition: { From: "Review", To: "Approved", Action: "ApproveResponse" } });
        Assert.Contains(changes, c => c is { Kind: WorkflowChangeKind.Removed, Transition: { From: "Registered", To: "Responded", Action: "Respond" } });
        Assert.DoesNotContain(changes, c => c.Kind == WorkflowChangeKind.Changed);
    }

    [Fact]
    public void A_changed_condition_name_kind_of_state_and_term_start_are_changes_with_before_and_after()
    {
        var newer = JsonNode.Parse(Shipped)!;
        var closing = newer["transitions"]!.AsArray().First(t => (string)t!["from"]! == "Responded" && (string)t["action"]! == "Close")!;
        closing["guard"] = "input.DaysOpen > 10";
        var acknowledged = newer["states"]!.AsArray().First(s => (string)s!["id"]! == "Acknowledged")!;
        acknowledged["label"] = "Bevestigd";
        acknowledged["category"] = "closed";
        acknowledged["entryTrigger"] = "LetterSent";

        var changes = WorkflowDiff.Between(Shipped, newer.ToJsonString());

        Assert.Contains(changes, c => c is { Kind: WorkflowChangeKind.Changed, Part: WorkflowPart.Guard, Before: null, After: "input.DaysOpen > 10", Transition.From: "Responded" });
        Assert.Contains(changes, c => c is { StateId: "Acknowledged", Part: WorkflowPart.Label, Before: "Ontvangst bevestigd", After: "Bevestigd" });
        Assert.Contains(changes, c => c is { StateId: "Acknowledged", Part: WorkflowPart.Category, Before: "Open", After: "Closed" });
        Assert.Contains(changes, c => c is { StateId: "Acknowledged", Part: WorkflowPart.EntryTrigger, Before: null, After: "LetterSent" });
        Assert.Equal(4, changes.Count);
    }
}
