namespace Focus.Quality.Host.Identity;

public sealed class DemoUsersOptions
{
    public const string Section = "DemoUsers";

    /// <summary>Creates one user per role at start-up; on by default in Development only.</summary>
    public bool Enabled { get; set; }

    /// <summary>The shared password of the demo users (documented in the README; never used outside a demo).</summary>
    public string Password { get; set; } = "Demo!2026focus";
}
