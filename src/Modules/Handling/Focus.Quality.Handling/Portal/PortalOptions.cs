namespace Focus.Quality.Handling.Portal;

/// <summary>The complainant's status page: how long its links work and how often it may be asked.</summary>
internal sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Months after the case closes that its links keep working.</summary>
    public int LinkValidMonths { get; set; } = 6;

    /// <summary>The address e-mailed links start with, e.g. https://klachten.focus.nl; empty: the first address the app listens on.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Status-page requests (pages and letters) per client address per window.</summary>
    public int PermitLimitPerAddress { get; set; } = 60;

    /// <summary>Status-page requests per reference per window, from any address: guessing one case's secret stays hopeless.</summary>
    public int PermitLimitPerReference { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The complaints team's phone number and e-mail address on the status page.</summary>
    public string ContactPhone { get; set; } = "088 007 1400";

    public string ContactEmail { get; set; } = "klachten@focus.example";
}
