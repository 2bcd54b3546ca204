namespace Focus.Quality.Host.Identity;

public sealed class CredentialRecheckOptions
{
    public const string Section = "Authentication";

    /// <summary>
    /// How long a credential (sign-in cookie, bearer token, open screen) is trusted before it is checked against the
    /// account again; blocking, unblocking, a role change or a new password reaches every credential within this time.
    /// </summary>
    public TimeSpan CredentialRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
