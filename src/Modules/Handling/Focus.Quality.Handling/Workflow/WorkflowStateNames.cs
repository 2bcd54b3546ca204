using Focus.Quality.Handling.Persistence;
using Focus.Quality.Rules.Contracts.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Handling.Workflow;

/// <summary>
/// The names the quality officer gave the workflow's states. A state belongs to its version: the same id may be named
/// differently in another one, so lists and filters name it as the newest version in use does.
/// </summary>
internal sealed class WorkflowStateNames(HandlingDbContext db, IComplaintWorkflow workflow)
{
    private readonly Dictionary<int, IReadOnlyList<WorkflowStateLabel>> _versions = [];

    public async Task<string> LabelAsync(int version, string state, CancellationToken cancellationToken) =>
        (await StatesAsync(version, cancellationToken)).FirstOrDefault(s => s.Id == state)?.Label ?? state;

    /// <summary>The states an open case can be in now: those of the published version and of every version open cases are on, closed ones left out.</summary>
    public async Task<IReadOnlyList<WorkflowStateLabel>> OpenStatesAsync(CancellationToken cancellationToken)
    {
        var published = (await workflow.StartAsync(cancellationToken)).Pin.Version;
        var inUse = await db.Cases.AsNoTracking().Where(c => c.StateCategory != WorkflowStateCategory.Closed)
            .Select(c => c.WorkflowVersion).Distinct().ToListAsync(cancellationToken);
        var states = new Dictionary<string, WorkflowStateLabel>(StringComparer.Ordinal);
        foreach (var version in inUse.Append(published).Distinct().Order())
        {
            foreach (var state in (await StatesAsync(version, cancellationToken)).Where(s => !s.Final))
            {
                states[state.Id] = state;
            }
        }

        return [.. states.Values.OrderBy(s => s.Category).ThenBy(s => s.Label, StringComparer.CurrentCulture)];
    }

    private async Task<IReadOnlyList<WorkflowStateLabel>> StatesAsync(int version, CancellationToken cancellationToken)
    {
        if (!_versions.TryGetValue(version, out var states))
        {
            _versions[version] = states = await workflow.StatesAsync(version, cancellationToken);
        }

        return states;
    }
}
