using System.Text.Json;
using Focus.Quality.Rules.Validation;

namespace Focus.Quality.Rules.Workflows;

internal enum WorkflowChangeKind
{
    Added,
    Removed,
    Changed,
}

internal enum WorkflowPart
{
    Label,
    Category,
    EntryTrigger,
    Guard,
}

/// <summary>One difference between two workflow versions, in the words of the newer one.</summary>
/// <param name="StateId">The state the change is about; for a transition, null.</param>
/// <param name="Transition">The transition the change is about (as it is in the newer version, or the older when removed).</param>
/// <param name="Part">For a changed item, what changed; <paramref name="Before"/> and <paramref name="After"/> hold its codes.</param>
internal sealed record WorkflowChange(
    WorkflowChangeKind Kind,
    string? StateId,
    WorkflowTransitionDefinition? Transition,
    WorkflowPart? Part = null,
    string? Before = null,
    string? After = null);

/// <summary>
/// What changed from one workflow version to another: states by their id, transitions by where they go and on which
/// action; a changed condition is a changed transition, not a removed and an added one.
/// </summary>
internal static class WorkflowDiff
{
    public static IReadOnlyList<WorkflowChange> Between(string olderJson, string newerJson) =>
        Between(Parse(olderJson), Parse(newerJson));

    public static IReadOnlyList<WorkflowChange> Between(WorkflowDefinition older, WorkflowDefinition newer)
    {
        var changes = new List<WorkflowChange>();
        var before = older.States.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var after = newer.States.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        changes.AddRange(newer.States.Where(s => !before.ContainsKey(s.Id)).Select(s => new WorkflowChange(WorkflowChangeKind.Added, s.Id, null)));
        changes.AddRange(older.States.Where(s => !after.ContainsKey(s.Id)).Select(s => new WorkflowChange(WorkflowChangeKind.Removed, s.Id, null)));
        foreach (var (id, now) in after.Where(a => before.ContainsKey(a.Key)))
        {
            var then = before[id];
            changes.AddRange(StateChanges(then, now));
        }

        var oldTransitions = older.Transitions.ToLookup(Key);
        var newTransitions = newer.Transitions.ToLookup(Key);
        foreach (var transition in newer.Transitions)
        {
            if (!oldTransitions.Contains(Key(transition)))
            {
                changes.Add(new WorkflowChange(WorkflowChangeKind.Added, null, transition));
            }
            else if (oldTransitions[Key(transition)].First().Guard is var oldGuard && Normal(oldGuard) != Normal(transition.Guard))
            {
                changes.Add(new WorkflowChange(WorkflowChangeKind.Changed, null, transition, WorkflowPart.Guard, Normal(oldGuard), Normal(transition.Guard)));
            }
        }

        changes.AddRange(older.Transitions.Where(t => !newTransitions.Contains(Key(t))).Select(t => new WorkflowChange(WorkflowChangeKind.Removed, null, t)));
        return changes;
    }

    private static IEnumerable<WorkflowChange> StateChanges(WorkflowStateDefinition then, WorkflowStateDefinition now)
    {
        if (then.Label != now.Label)
        {
            yield return new WorkflowChange(WorkflowChangeKind.Changed, now.Id, null, WorkflowPart.Label, then.Label, now.Label);
        }

        if (then.Category != now.Category)
        {
            yield return new WorkflowChange(WorkflowChangeKind.Changed, now.Id, null, WorkflowPart.Category, then.Category.ToString(), now.Category.ToString());
        }

        if (Normal(then.EntryTrigger) != Normal(now.EntryTrigger))
        {
            yield return new WorkflowChange(WorkflowChangeKind.Changed, now.Id, null, WorkflowPart.EntryTrigger, Normal(then.EntryTrigger), Normal(now.EntryTrigger));
        }
    }

    private static (string, string, string) Key(WorkflowTransitionDefinition t) => (t.From, t.Action, t.To);

    private static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static WorkflowDefinition Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, RuleSetValidator.Json) ?? throw new InvalidDataException("The workflow definition is empty.");
}
