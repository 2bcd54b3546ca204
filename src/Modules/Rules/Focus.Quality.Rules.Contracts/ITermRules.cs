namespace Focus.Quality.Rules.Contracts;

/// <summary>
/// Evaluates the published term rules (RulesEngine) against the working-day calendar. A rule that fails on the request
/// does not throw: its term comes back with <see cref="ComputedTerm.RuleFailure"/> set, to be set by a person.
/// </summary>
public interface ITermRules
{
    Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken);
}
