using System.Collections.Concurrent;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Persistence;
using Focus.Quality.Rules.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Rules.Workflows;

/// <summary>
/// Runs each case on the workflow version it started on: the published one from the rule book, older ones loaded once
/// from the database and kept compiled (a published or retired version never changes).
/// </summary>
internal sealed class ComplaintWorkflow(RuleBook book, IServiceScopeFactory scopes) : IComplaintWorkflow
{
    private readonly ConcurrentDictionary<int, CompiledWorkflow> _older = new();

    public Task<WorkflowStart> StartAsync(CancellationToken cancellationToken)
    {
        var workflow = book.Current.Workflow;
        var initial = workflow.State(workflow.Definition.InitialState);
        return Task.FromResult(new WorkflowStart(new WorkflowPin(workflow.Version, initial.Id), initial.Category, initial.EntryTrigger));
    }

    public async Task<IReadOnlyList<string>> PermittedActionsAsync(WorkflowPin pin, WorkflowGuardInput input, CancellationToken cancellationToken) =>
        await (await VersionAsync(pin.Version, cancellationToken)).PermittedAsync(pin.State, input);

    public async Task<WorkflowMove?> TryMoveAsync(WorkflowPin pin, string action, WorkflowGuardInput input, CancellationToken cancellationToken) =>
        (await VersionAsync(pin.Version, cancellationToken)).TryMove(pin.State, action, input);

    public async Task<IReadOnlyList<WorkflowStateLabel>> StatesAsync(int version, CancellationToken cancellationToken) =>
        [.. (await VersionAsync(version, cancellationToken)).Definition.States.Select(s => new WorkflowStateLabel(s.Id, s.Label, s.Category, s.EntryTrigger))];

    public async Task<IReadOnlySet<string>> ActionsAheadAsync(WorkflowPin pin, CancellationToken cancellationToken) =>
        (await VersionAsync(pin.Version, cancellationToken)).ActionsAhead(pin.State);

    public async Task<string> DefinitionJsonAsync(int version, CancellationToken cancellationToken) =>
        (await VersionAsync(version, cancellationToken)).Json;

    public async Task<CompiledWorkflow> VersionAsync(int version, CancellationToken cancellationToken)
    {
        var published = book.Current.Workflow;
        if (published.Version == version)
        {
            return published;
        }

        if (_older.TryGetValue(version, out var compiled))
        {
            return compiled;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RulesDbContext>();
        var stored = await db.Versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Kind == RuleSetKind.Workflow && v.Number == version && v.State != RuleSetState.Draft, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow version {version} was never published; a case cannot be pinned to it.");
        return _older.GetOrAdd(version, _ => CompiledWorkflow.Parse(stored.Number, stored.Content));
    }
}
