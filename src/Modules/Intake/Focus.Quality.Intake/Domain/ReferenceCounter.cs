namespace Focus.Quality.Intake.Domain;

/// <summary>The last reference number handed out in a year.</summary>
internal sealed class ReferenceCounter
{
    public int Year { get; init; }

    public int Last { get; set; }
}
