using System.Text.Json.Serialization;

namespace Focus.Quality.Rules.Calendar;

/// <summary>When Liberation Day (5 May) is a day off: many collective agreements give it only every fifth year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LiberationDayPolicy>))]
internal enum LiberationDayPolicy
{
    Never,
    EveryFiveYears,
    EveryYear,
}

internal sealed record ClosingDay(DateOnly Date, string Name);

/// <summary>The content of rules/calendar.json.</summary>
internal sealed record CalendarDefinition(
    bool GoodFriday,
    LiberationDayPolicy LiberationDay,
    IReadOnlyList<ClosingDay> ClosingDays);

/// <summary>The calendar in the format of rules/calendar.json, as the year view writes it.</summary>
internal static class CalendarJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new(Validation.RuleSetValidator.Json)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CalendarDefinition? TryParse(string json)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<CalendarDefinition>(json, Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string Write(CalendarDefinition calendar) =>
        System.Text.Json.JsonSerializer.Serialize(calendar with { ClosingDays = [.. calendar.ClosingDays.OrderBy(d => d.Date)] }, Options);
}
