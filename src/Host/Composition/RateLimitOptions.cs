namespace Focus.Quality.Host.Composition;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Public complaint submissions per client address per window.</summary>
    public int PublicIntakePermitLimit { get; set; } = 10;

    /// <summary>Sign-in attempts per client address per window (account lockout protects each account on top).</summary>
    public int LoginPermitLimit { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
