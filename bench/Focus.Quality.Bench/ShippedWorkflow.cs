using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Workflows;

namespace Focus.Quality.Bench;

/// <summary>rules/workflow.json as version 1, for benches that only need the states' names; they never move a case.</summary>
internal sealed class ShippedWorkflow : IComplaintWorkflow
{
    private readonly CompiledWorkflow _workflow = CompiledWorkflow.Parse(1, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "workflow.json")));

    public Task<WorkflowStart> StartAsync(CancellationToken cancellationToken)
    {
        var initial = _workflow.State(_workflow.Definition.InitialState);
        return Task.FromResult(new WorkflowStart(new WorkflowPin(1, initial.Id), initial.Category, initial.EntryTrigger));
    }

    public Task<IReadOnlyList<WorkflowStateLabel>> StatesAsync(int version, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowStateLabel>>([.. _workflow.Definition.States.Select(s => new WorkflowStateLabel(s.Id, s.Label, s.Category, s.EntryTrigger))]);

    public Task<IReadOnlyList<string>> PermittedActionsAsync(WorkflowPin pin, WorkflowGuardInput input, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WorkflowMove?> TryMoveAsync(WorkflowPin pin, string action, WorkflowGuardInput input, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlySet<string>> ActionsAheadAsync(WorkflowPin pin, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> DefinitionJsonAsync(int version, CancellationToken cancellationToken) => Task.FromResult(_workflow.Json);
}
