namespace Focus.Quality.Shared.Time;

public static class DisplayFormat
{
    /// <summary>A moment as a Dutch user reads it: Amsterdam wall-clock time in the current culture's short date and time.</summary>
    public static string ToLocalDisplay(this DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone).ToString("g");
}
