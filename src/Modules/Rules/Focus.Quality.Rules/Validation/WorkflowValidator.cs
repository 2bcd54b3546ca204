using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Workflows;

namespace Focus.Quality.Rules.Validation;

/// <summary>The graph checks Elsa leaves to run time: unknown states and actions, unreachable states, dead ends, ambiguity, exits from a final state.</summary>
internal static class WorkflowValidator
{
    public static List<RuleProblem> Check(WorkflowDefinition definition)
    {
        var problems = new List<RuleProblem>();
        var states = definition.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var labels = definition.States.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        string StateName(string id) => $"Status ‘{labels.GetValueOrDefault(id, id)}’";
        foreach (var duplicate in definition.States.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new RuleProblem(StateName(duplicate.Key), null, "deze status komt meer dan eens voor"));
        }

        if (!states.Contains(definition.InitialState))
        {
            problems.Add(new RuleProblem("Beginstatus", null, $"'{definition.InitialState}' bestaat niet"));
        }
        else if (definition.States.First(s => s.Id == definition.InitialState).Category != WorkflowStateCategory.Open)
        {
            // A new complaint must reach the worklist: its acknowledgement term runs from the first day.
            problems.Add(new RuleProblem(StateName(definition.InitialState), "soort status", "de beginstatus moet van de soort ‘In behandeling’ zijn, anders komt een nieuwe klacht niet op de werklijst"));
        }

        foreach (var state in definition.States.Where(s => s.EntryTrigger is { Length: > 0 } trigger && !TermTriggers.All.Contains(trigger)))
        {
            problems.Add(new RuleProblem(StateName(state.Id), "termijnen bij binnenkomst", $"onbekende termijnstart ‘{state.EntryTrigger}’; bekend zijn {string.Join(", ", TermTriggers.All.Select(WorkflowWords.Trigger))}"));
        }

        foreach (var transition in definition.Transitions)
        {
            problems.AddRange(CheckTransition(transition, states, $"Overgang {StateName(transition.From)} → {StateName(transition.To)}"));
        }

        foreach (var (first, second) in Overlapping(definition.Transitions))
        {
            problems.Add(new RuleProblem(StateName(first.From), $"actie {WorkflowWords.Action(first.Action)}",
                $"kan zowel naar {StateName(first.To)} als naar {StateName(second.To)} leiden: hun voorwaarden kunnen tegelijk waar zijn, dus de uitkomst zou niet vastliggen. Geef elke overgang een voorwaarde die de andere uitsluit."));
        }

        if (!definition.States.Any(s => s.Final))
        {
            problems.Add(new RuleProblem(null, null, "er is geen status van de soort ‘Afgesloten’: een zaak zou nooit kunnen sluiten"));
        }

        var reachable = Reachable(definition);
        foreach (var unreachable in definition.States.Where(s => !reachable.Contains(s.Id)))
        {
            problems.Add(new RuleProblem(StateName(unreachable.Id), null, "is vanuit de beginstatus niet te bereiken"));
        }

        // A closed state marks the end of the procedure; an exit from it would let a concluded case be reopened by an action.
        foreach (var state in definition.States.Where(s => s.Final))
        {
            foreach (var exit in definition.Transitions.Where(t => t.From == state.Id))
            {
                problems.Add(new RuleProblem(StateName(state.Id), $"actie {WorkflowWords.Action(exit.Action)}", $"is van de soort ‘Afgesloten’: er mag geen overgang uit vertrekken (nu naar {StateName(exit.To)})"));
            }
        }

        foreach (var deadEnd in definition.States.Where(s => !s.Final && definition.Transitions.All(t => t.From != s.Id)))
        {
            problems.Add(new RuleProblem(StateName(deadEnd.Id), null, "doodlopend: geen uitgaande overgang, en niet van de soort ‘Afgesloten’"));
        }

        return problems;
    }

    /// <summary>Pairs of transitions that one action can take from one state for the same case.</summary>
    private static IEnumerable<(WorkflowTransitionDefinition, WorkflowTransitionDefinition)> Overlapping(IReadOnlyList<WorkflowTransitionDefinition> transitions) =>
        from first in transitions.Select((t, i) => (t, i))
        from second in transitions.Select((t, i) => (t, i))
        where first.i < second.i && first.t.From == second.t.From && first.t.Action == second.t.Action
            && GuardOverlap.CanBothHold(first.t.Guard, second.t.Guard)
        select (first.t, second.t);

    private static IEnumerable<RuleProblem> CheckTransition(WorkflowTransitionDefinition transition, HashSet<string> states, string subject)
    {
        if (!states.Contains(transition.From) || !states.Contains(transition.To))
        {
            yield return new RuleProblem(subject, null, "verbindt een status die niet bestaat");
        }

        if (string.IsNullOrWhiteSpace(transition.Action))
        {
            yield return new RuleProblem(subject, null, "heeft geen actie: klik op de overgang en kies er een");
        }
        else if (!WorkflowActions.All.Contains(transition.Action))
        {
            yield return new RuleProblem(subject, null, $"onbekende actie ‘{transition.Action}’; bekend zijn {string.Join(", ", WorkflowActions.All.Select(WorkflowWords.Action))}");
        }

        if (transition.Guard is not { Length: > 0 } guard)
        {
            yield break;
        }

        if (RuleExpressions.Check(typeof(WorkflowGuardInput), guard) is { } broken)
        {
            yield return new RuleProblem(subject, $"teken {broken.Position} van de voorwaarde", broken.Message);
        }
        else if (ExpressionBudget.Check(typeof(WorkflowGuardInput), guard) is { } heavy)
        {
            yield return new RuleProblem(subject, "voorwaarde", heavy);
        }
    }

    private static HashSet<string> Reachable(WorkflowDefinition definition)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.InitialState };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var state))
        {
            foreach (var next in definition.Transitions.Where(t => t.From == state).Select(t => t.To))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
