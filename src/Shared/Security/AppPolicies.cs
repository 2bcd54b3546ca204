namespace Focus.Quality.Shared.Security;

/// <summary>Policy names used by pages and endpoints of every module; the host defines what each requires.</summary>
public static class AppPolicies
{
    /// <summary>Any signed-in employee.</summary>
    public const string Staff = "Staff";

    /// <summary>Registers complaints and works cases.</summary>
    public const string CaseWork = "CaseWork";

    /// <summary>Registers objections, holds hearings and decides: the director (and the administrator).</summary>
    public const string Objections = "Objections";

    /// <summary>Edits, tries and publishes the rule sets, the calendar and the workflow: the quality officer only.</summary>
    public const string Rules = "Rules";

    /// <summary>Reads the SLA dashboard and reports.</summary>
    public const string Reports = "Reports";

    /// <summary>
    /// Keeps the application running — users and roles, deliveries that keep failing, access requests (AVG) — the
    /// administrator only.
    /// </summary>
    public const string Administration = "Administration";

    /// <summary>Public, rate-limited intake (the digital complaint form and its API).</summary>
    public const string PublicIntakeRateLimit = "public-intake";
}
