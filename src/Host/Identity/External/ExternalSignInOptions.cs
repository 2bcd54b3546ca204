namespace Focus.Quality.Host.Identity.External;

/// <summary>
/// Optional sign-in with an OpenID Connect provider such as Microsoft Entra ID, next to the own accounts. Off unless
/// configured; the provider's app roles (claim <see cref="RoleClaimType"/>) decide the roles here.
/// </summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    public const string Scheme = "oidc";

    public bool Enabled { get; set; }

    /// <summary>Shown on the login button: "Inloggen met {DisplayName}".</summary>
    public string DisplayName { get; set; } = "Microsoft Entra ID";

    /// <summary>E.g. https://login.microsoftonline.com/{tenant-id}/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Keep out of appsettings: user secrets, an environment variable or a key vault.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Entra ID puts app roles in "roles"; their values must be the role names of this app (Handler, Director, …).</summary>
    public string RoleClaimType { get; set; } = "roles";

    public string CallbackPath { get; set; } = "/signin-oidc";
}
