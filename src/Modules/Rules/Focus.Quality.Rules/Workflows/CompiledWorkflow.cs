using System.Text.Json;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Validation;
using Stateless;

namespace Focus.Quality.Rules.Workflows;

/// <summary>
/// One workflow version ready to run: guards compiled once, and per call a Stateless machine over the case's stored
/// state (external state storage), so nothing about a case lives in memory between requests.
/// </summary>
internal sealed class CompiledWorkflow
{
    private readonly IReadOnlyList<(WorkflowTransitionDefinition Transition, Func<WorkflowGuardInput, bool>? Guard)> _transitions;

    public CompiledWorkflow(int version, WorkflowDefinition definition, string json)
    {
        Version = version;
        Definition = definition;
        Json = json;
        _transitions = [.. definition.Transitions.Select(t => (t, t.Guard is { Length: > 0 } guard ? RuleExpressions.Compile<WorkflowGuardInput>(guard) : null))];
    }

    public int Version { get; }

    public static CompiledWorkflow Parse(int version, string json) =>
        new(version, JsonSerializer.Deserialize<WorkflowDefinition>(json, RuleSetValidator.Json) ?? throw new InvalidDataException("The workflow definition is empty."), json);

    public WorkflowDefinition Definition { get; }

    public string Json { get; }

    public WorkflowStateDefinition State(string id) =>
        Definition.States.SingleOrDefault(s => s.Id == id) ?? throw new InvalidOperationException($"Workflow v{Version} has no state '{id}'.");

    public async Task<IReadOnlyList<string>> PermittedAsync(string state, WorkflowGuardInput input) =>
        [.. (await Machine(state, input).GetPermittedTriggersAsync()).Distinct().Order(StringComparer.Ordinal)];

    public WorkflowMove? TryMove(string state, string action, WorkflowGuardInput input)
    {
        var machine = Machine(state, input);
        if (!machine.CanFire(action))
        {
            return null;
        }

        machine.Fire(action);
        return new WorkflowMove(state, machine.State, State(machine.State).Category, action, State(machine.State).EntryTrigger);
    }

    public IReadOnlySet<string> ActionsAhead(string state)
    {
        var seen = new HashSet<string> { state };
        var actions = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([state]);
        while (queue.TryDequeue(out var from))
        {
            foreach (var transition in Definition.Transitions.Where(t => t.From == from))
            {
                actions.Add(transition.Action);
                if (seen.Add(transition.To))
                {
                    queue.Enqueue(transition.To);
                }
            }
        }

        return actions;
    }

    private StateMachine<string, string> Machine(string state, WorkflowGuardInput input)
    {
        var current = state;
        var machine = new StateMachine<string, string>(() => current, s => current = s);
        foreach (var (transition, guard) in _transitions)
        {
            var configuration = machine.Configure(transition.From);
            Func<bool> allowed = guard is null ? () => true : () => guard(input);
            if (transition.From == transition.To)
            {
                configuration.PermitReentryIf(transition.Action, allowed, transition.Guard);
            }
            else
            {
                configuration.PermitIf(transition.Action, transition.To, allowed, transition.Guard);
            }
        }

        return machine;
    }
}
