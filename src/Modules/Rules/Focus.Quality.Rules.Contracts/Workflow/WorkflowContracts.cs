namespace Focus.Quality.Rules.Contracts.Workflow;

using System.Text.Json.Serialization;

/// <summary>
/// What a workflow state means for the rest of the system, declared by the quality officer per state: the worklist,
/// the closing and retention jobs and the reports ask this, never the state's own name.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStateCategory>))]
public enum WorkflowStateCategory
{
    /// <summary>Focus is handling the case: it is on the worklist as work to do.</summary>
    [JsonStringEnumMemberName("open")]
    Open,

    /// <summary>Focus waits (for the objection term, the director, the complainant); the case is not yet closed.</summary>
    [JsonStringEnumMemberName("waiting")]
    Waiting,

    /// <summary>The procedure has ended; no step leaves the state.</summary>
    [JsonStringEnumMemberName("closed")]
    Closed,
}

/// <summary>Where a case is: the workflow version it started on (it stays there) and its current state.</summary>
public sealed record WorkflowPin(int Version, string State);

/// <summary>What a guard may look at when a person or the system wants to take an action on a case.</summary>
public sealed record WorkflowGuardInput(string Actor, string? AssignedTo, string Channel, string Category, int DaysOpen)
{
    /// <summary>Whether the person taking the step handles the case: a yes/no the condition builder can offer ("de tweede lezer is niet de behandelaar").</summary>
    public bool ActorIsHandler => AssignedTo is not null && string.Equals(Actor, AssignedTo, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A step taken: from which state to which (and what kind of state that is), by which action, and the term trigger the new state starts (if any).</summary>
public sealed record WorkflowMove(string From, string To, WorkflowStateCategory ToCategory, string Action, string? EntryTrigger);

/// <summary>A new case's place in the published workflow.</summary>
public sealed record WorkflowStart(WorkflowPin Pin, WorkflowStateCategory Category, string? EntryTrigger);

/// <summary>One state of a definition as the case page shows it.</summary>
/// <param name="EntryTrigger">The term trigger whose terms start when a case enters the state; null for none.</param>
public sealed record WorkflowStateLabel(string Id, string Label, WorkflowStateCategory Category, string? EntryTrigger = null)
{
    public bool Final => Category == WorkflowStateCategory.Closed;
}

/// <summary>
/// The published complaint workflow, executed per case on the version the case is pinned to. Modules ask it which
/// actions are allowed now and move the case with it; the state itself is stored on the case.
/// </summary>
public interface IComplaintWorkflow
{
    Task<WorkflowStart> StartAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> PermittedActionsAsync(WorkflowPin pin, WorkflowGuardInput input, CancellationToken cancellationToken);

    /// <summary>The move the action makes from the pin's state, or null when the definition does not allow it now.</summary>
    Task<WorkflowMove?> TryMoveAsync(WorkflowPin pin, string action, WorkflowGuardInput input, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowStateLabel>> StatesAsync(int version, CancellationToken cancellationToken);

    /// <summary>Every action on a transition that can be reached from the pin's state, guards aside: what may still happen to a case there.</summary>
    Task<IReadOnlySet<string>> ActionsAheadAsync(WorkflowPin pin, CancellationToken cancellationToken);

    /// <summary>The definition as JSON, for drawing a case's version with its state and path.</summary>
    Task<string> DefinitionJsonAsync(int version, CancellationToken cancellationToken);
}
