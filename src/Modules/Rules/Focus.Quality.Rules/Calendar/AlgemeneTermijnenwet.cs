namespace Focus.Quality.Rules.Calendar;

/// <summary>
/// The days on which a term under the Algemene termijnenwet cannot end (art. 1): Saturday, Sunday and the "algemeen
/// erkende feestdagen" of art. 3 — the Dutch public holidays with 5 May every year and without Good Friday. Company
/// closing days are not on the list: they shorten our working days, not the complainant's term.
/// </summary>
internal static class AlgemeneTermijnenwet
{
    private static readonly WorkingDayCalendar Days = new(new CalendarDefinition(GoodFriday: false, LiberationDayPolicy.EveryYear, ClosingDays: []));

    /// <summary>Why a term cannot end on <paramref name="date"/> (the holiday's name, or the weekday), or null when it can.</summary>
    public static string? NonTermDayReason(DateOnly date) => Days.NonWorkingReason(date);
}
