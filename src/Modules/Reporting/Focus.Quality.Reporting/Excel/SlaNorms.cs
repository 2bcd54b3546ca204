namespace Focus.Quality.Reporting.Excel;

/// <summary>What management counts as "met" (setting Reporting:Norms); the workbook colours figures green or red against these.</summary>
internal sealed class SlaNorms
{
    public double AcknowledgedOnTime { get; set; } = 0.95;

    public double RespondedOnTime { get; set; } = 0.95;

    /// <summary>Four weeks: the response term of the procedure.</summary>
    public int LeadDays { get; set; } = 28;
}
