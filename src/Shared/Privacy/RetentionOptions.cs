namespace Focus.Quality.Shared.Privacy;

/// <summary>How long personal data of a closed case is kept (AVG: no longer than needed).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>Months after a case closed before its complainant and employee data are anonymised; default two years.</summary>
    public int Months { get; set; } = 24;

    /// <summary>How often the retention job looks for cases past the period.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
