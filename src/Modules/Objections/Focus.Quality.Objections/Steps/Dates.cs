namespace Focus.Quality.Objections.Steps;

/// <summary>MudBlazor's date picker works in DateTime; the procedure counts in dates.</summary>
internal static class Dates
{
    public static DateTime? Picker(DateOnly date) => date == default ? null : date.ToDateTime(TimeOnly.MinValue);

    public static DateOnly FromPicker(DateTime? value) => value is { } picked ? DateOnly.FromDateTime(picked) : default;
}
