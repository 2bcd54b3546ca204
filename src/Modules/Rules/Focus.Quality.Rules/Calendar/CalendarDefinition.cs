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
