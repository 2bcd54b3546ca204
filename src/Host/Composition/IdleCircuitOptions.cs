namespace Focus.Quality.Host.Composition;

/// <summary>How long a staff screen may stay untouched before its circuit is paused (zero: never).</summary>
public sealed class IdleCircuitOptions
{
    public const string Section = "Circuits";

    public TimeSpan PauseWhenIdle { get; set; } = TimeSpan.FromMinutes(10);
}
