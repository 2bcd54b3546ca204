namespace Focus.Quality.Rules.Contracts;

/// <summary>Evaluates the published term rules (RulesEngine) against the working-day calendar.</summary>
public interface ITermRules
{
    Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken);
}
