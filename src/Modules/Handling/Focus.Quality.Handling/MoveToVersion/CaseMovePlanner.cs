using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Handling.MoveToVersion;

/// <summary>One case's move as planned: what the officer sees, plus what applying it needs.</summary>
internal sealed record PlannedMove(CaseMovePlan Plan, WorkflowStateLabel From, WorkflowStateLabel? To, IReadOnlyList<ComputedTerm> Starting);

/// <summary>The states of the two versions, read once for all cases of a move.</summary>
internal sealed record VersionStates(IReadOnlyList<WorkflowStateLabel> Old, IReadOnlyList<WorkflowStateLabel> New);

/// <summary>
/// Works out what moving one case to another workflow version means for it, without changing it: its new state, the
/// steps that become possible or impossible, the terms that start, and whether an open term would be left with no step
/// ahead that can end it (then the case stays).
/// </summary>
internal sealed class CaseMovePlanner(IComplaintWorkflow workflow, CaseWorkflow caseWorkflow, ITermRules termRules, TimeProvider clock)
{
    /// <summary>The steps that end Focus's own terms; the complainant's terms end by running out and never vanish.</summary>
    private static readonly Dictionary<string, string[]> EndedBy = new(StringComparer.Ordinal)
    {
        [TermCodes.Acknowledgement] = [WorkflowActions.Acknowledge, WorkflowActions.Respond, WorkflowActions.DeclareNotHandled],
        [TermCodes.Response] = [WorkflowActions.Respond, WorkflowActions.DeclareNotHandled],
    };

    public async Task<VersionStates> StatesAsync(CaseMoveRequest request, CancellationToken cancellationToken) =>
        new(await workflow.StatesAsync(request.FromVersion, cancellationToken), await workflow.StatesAsync(request.ToVersion, cancellationToken));

    public async Task<PlannedMove> PlanAsync(Case @case, CaseMoveRequest request, VersionStates states, CancellationToken cancellationToken)
    {
        var from = states.Old.FirstOrDefault(s => s.Id == @case.WorkflowState) ?? new WorkflowStateLabel(@case.WorkflowState, @case.WorkflowState, @case.StateCategory);
        if (!request.StateMap.TryGetValue(@case.WorkflowState, out var toId) || states.New.FirstOrDefault(s => s.Id == toId) is not { } to)
        {
            return new PlannedMove(Plan(@case, null, [], [], [], [], CaseMoveProblem.StateNotMapped, @case.WorkflowState), from, null, []);
        }

        var pin = new WorkflowPin(request.ToVersion, to.Id);
        var before = await caseWorkflow.PermittedForAnyoneAsync(@case, @case.WorkflowPin, cancellationToken);
        var after = await caseWorkflow.PermittedForAnyoneAsync(@case, pin, cancellationToken);
        var ahead = await workflow.ActionsAheadAsync(pin, cancellationToken);
        var vanishing = @case.Terms
            .Where(t => t.IsOpen && t.Owner == TermOwner.Focus && EndedBy.TryGetValue(t.Code, out var enders) && !enders.Any(ahead.Contains))
            .Select(t => t.Code).ToList();
        var starting = to.EntryTrigger is { } trigger
            ? [.. (await termRules.ComputeAsync(new TermRequest(trigger, clock.GetUtcNow(), @case.Channel.ToString(), @case.Category.ToString()), cancellationToken))
                .Where(t => @case.Term(t.Code) is null)]
            : new List<ComputedTerm>();
        var plan = Plan(
            @case, to.Id, [.. after.Except(before).Order(StringComparer.Ordinal)], [.. before.Except(after).Order(StringComparer.Ordinal)], [.. starting.Select(t => t.Code)], vanishing,
            vanishing.Count > 0 ? CaseMoveProblem.TermWouldVanish : CaseMoveProblem.None, vanishing.FirstOrDefault());
        return new PlannedMove(plan, from, to, starting);
    }

    private static CaseMovePlan Plan(
        Case @case, string? to, IReadOnlyList<string> gained, IReadOnlyList<string> lost, IReadOnlyList<string> starting, IReadOnlyList<string> vanishing, CaseMoveProblem problem,
        string? detail) =>
        new(@case.Reference, @case.WorkflowState, to, gained, lost, starting, vanishing, problem, detail, false);
}
