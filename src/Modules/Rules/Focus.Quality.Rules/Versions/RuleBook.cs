namespace Focus.Quality.Rules.Versions;

/// <summary>
/// Holds the published rules. Publishing swaps the whole compiled set at once, so a request sees either the old or the
/// new rules, never a mix; terms already computed keep the version they were stamped with.
/// </summary>
internal sealed class RuleBook
{
    private CompiledRules? _current;

    public CompiledRules Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The rules are not loaded; the host calls InitializeRulesAsync at start-up.");

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public void Use(CompiledRules rules) => Volatile.Write(ref _current, rules);
}
