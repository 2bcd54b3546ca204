using System.Text.Json.Serialization;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Rules.Workflows;

/// <summary>The content of rules/workflow.json: what the visual editor draws and the runtime executes.</summary>
internal sealed record WorkflowDefinition(
    string Name,
    string InitialState,
    IReadOnlyList<WorkflowStateDefinition> States,
    IReadOnlyList<WorkflowTransitionDefinition> Transitions);

/// <param name="EntryTrigger">The term trigger (see TermTriggers) whose terms start when a case enters this state.</param>
/// <param name="X">Position on the canvas; only the editor uses it.</param>
/// <param name="Category">What the state means to the worklist, the jobs and the reports; a closed state is the end of the procedure.</param>
internal sealed record WorkflowStateDefinition(string Id, string Label, WorkflowStateCategory Category = WorkflowStateCategory.Open, string? EntryTrigger = null, double X = 0, double Y = 0)
{
    [JsonIgnore]
    public bool Final => Category == WorkflowStateCategory.Closed;
}

/// <param name="Guard">A RulesEngine expression over <c>input</c> (a WorkflowGuardInput); the transition is allowed only when it holds.</param>
internal sealed record WorkflowTransitionDefinition(string From, string To, string Action, string? Guard = null);
