using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Handling.Domain;

/// <summary>The case in its workflow: steps taken, and a move by a quality officer to a newer version (a new place, never a step redone or undone).</summary>
internal sealed partial class Case
{
    /// <summary>Follows the workflow to its next state; the entry is kept so the case page can draw the path taken.</summary>
    public void Move(WorkflowMove move, string? by, DateTimeOffset now)
    {
        WorkflowState = move.To;
        StateCategory = move.ToCategory;
        Record(now, TimelineKind.WorkflowMoved, by, $"{move.From}>{move.To}|{move.Action}");
    }

    /// <summary>
    /// Puts the case in <paramref name="to"/> of <paramref name="toVersion"/>; what happened so far stays on the timeline as it
    /// was, and the terms the new state starts (that the case did not have) run from now.
    /// </summary>
    public void MoveToVersion(WorkflowStateLabel from, int toVersion, WorkflowStateLabel to, IReadOnlyList<ComputedTerm> starting, string by, DateTimeOffset now)
    {
        // The states' names as they were: a published version never changes, and the entry reads on without it.
        Record(now, TimelineKind.WorkflowVersionChanged, by, $"{WorkflowVersion}|{from.Label}|{toVersion}|{to.Label}");
        WorkflowVersion = toVersion;
        WorkflowState = to.Id;
        StateCategory = to.Category;
        if (starting.Count == 0)
        {
            return;
        }

        var added = starting.Select(CaseTerm.From).ToList();
        Terms.AddRange(added);
        RecordTermsSet(added, now);
        RefreshNextTerm();
    }

    /// <summary>Notes that the case stays on its version, and why (a state without a place, a term that would never end).</summary>
    public void KeepVersion(int toVersion, CaseMoveProblem problem, string? detail, string by, DateTimeOffset now) =>
        Record(now, TimelineKind.WorkflowVersionKept, by, $"{toVersion}|{problem}|{detail}");
}
