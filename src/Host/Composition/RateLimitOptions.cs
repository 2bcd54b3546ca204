namespace Focus.Quality.Host.Composition;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Public complaint submissions per client address per window.</summary>
    public int PublicIntakePermitLimit { get; set; } = 10;

    /// <summary>Sign-in attempts per account and client address together per window (lockout protects each account on top).</summary>
    public int LoginPermitLimit { get; set; } = 20;

    /// <summary>Sign-in attempts per client address per window, for all accounts together: generous, for offices behind one address.</summary>
    public int LoginPermitLimitPerAddress { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
