namespace Focus.Quality.BrowserTests;

/// <summary>
/// Tests that saturate the machine on purpose (the load test, the kill test) run on their own, after the others: on two
/// cores they would otherwise starve the browser tests' apps and turn their waits into false failures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyLoad
{
    public const string Name = "Heavy load";
}
