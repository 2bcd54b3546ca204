using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Workflow;

/// <summary>A decision of the workflow about one action: the move it makes, or why it is not allowed now.</summary>
internal sealed record WorkflowAnswer(WorkflowMove? Move, string? Refusal);

/// <summary>Asks the case's own workflow version what may happen now, so the screens and the API enforce the same steps.</summary>
internal sealed class CaseWorkflow(IComplaintWorkflow workflow, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public Task<IReadOnlyList<string>> PermittedAsync(Case @case, string actor, CancellationToken cancellationToken) =>
        workflow.PermittedActionsAsync(@case.WorkflowPin, Input(@case, actor), cancellationToken);

    public async Task<WorkflowAnswer> AskAsync(Case @case, string action, string actor, CancellationToken cancellationToken)
    {
        if (await workflow.TryMoveAsync(@case.WorkflowPin, action, Input(@case, actor), cancellationToken) is { } move)
        {
            return new WorkflowAnswer(move, null);
        }

        var states = await workflow.StatesAsync(@case.WorkflowVersion, cancellationToken);
        var state = states.FirstOrDefault(s => s.Id == @case.WorkflowState)?.Label ?? @case.WorkflowState;
        return new WorkflowAnswer(null, text["Workflow.NotAllowed", text[$"Action.{action}"], state, @case.WorkflowVersion]);
    }

    /// <summary>The steps someone may take on the case at a pin: its handler, or a second reader (anyone else).</summary>
    public async Task<IReadOnlySet<string>> PermittedForAnyoneAsync(Case @case, WorkflowPin pin, CancellationToken cancellationToken)
    {
        var byHandler = await workflow.PermittedActionsAsync(pin, Input(@case, @case.AssignedTo ?? string.Empty), cancellationToken);
        var byOther = await workflow.PermittedActionsAsync(pin, Input(@case, SecondReader), cancellationToken);
        return byHandler.Union(byOther).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A fact another module or a job reports (objection, closing): the case follows when its workflow has the step, else
    /// it stays. Returns whether it moved.
    /// </summary>
    public async Task<bool> FollowAsync(Case @case, string action, CancellationToken cancellationToken)
    {
        if (await workflow.TryMoveAsync(@case.WorkflowPin, action, Input(@case, "system"), cancellationToken) is not { } move)
        {
            return false;
        }

        @case.Move(move, null, clock.GetUtcNow());
        return true;
    }

    // No one logs in with this name, so it stands for "someone other than the handler".
    private const string SecondReader = "(tweede lezer)";

    private WorkflowGuardInput Input(Case @case, string actor) => new(
        actor, @case.AssignedTo, @case.Channel.ToString(), @case.Category.ToString(),
        AmsterdamTime.Today(clock).DayNumber - AmsterdamTime.DateOf(@case.ReceivedAt).DayNumber);
}
