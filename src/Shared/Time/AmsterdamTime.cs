namespace Focus.Quality.Shared.Time;

/// <summary>The procedure counts days in Dutch local dates, whatever the server's time zone.</summary>
public static class AmsterdamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly DateOf(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateTimeOffset LocalNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    /// <summary>Interprets a wall-clock time typed by a Dutch user as Amsterdam time.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>The moment a user picked as a date and a time of day in Amsterdam: today when no date was picked, midnight when no time.</summary>
    public static DateTimeOffset FromPicked(DateTime? date, TimeSpan? time, TimeProvider clock) =>
        FromLocal((date ?? LocalNow(clock).Date).Date + (time ?? TimeSpan.Zero));
}
