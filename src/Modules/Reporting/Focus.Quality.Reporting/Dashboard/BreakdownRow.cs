using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Dashboard;

/// <summary>Breakdown rows as plain tuples: Blazor components are public, the figures are internal.</summary>
internal static class BreakdownRows
{
    public static IReadOnlyList<(string Key, int Complaints, int Signals, double? AcknowledgedOnTime, double? RespondedOnTime, int NotHandled, double? AverageLeadDays, int Open, int Overdue)> Of<TKey>(
        IEnumerable<KeyValuePair<TKey, SlaCounts>> breakdown, Func<TKey, string> label) =>
        [.. breakdown.Select(b => (label(b.Key), b.Value.Complaints, b.Value.Signals, b.Value.AcknowledgedOnTimeShare, b.Value.RespondedOnTimeShare, b.Value.NotHandled,
            b.Value.AverageLeadDays, b.Value.Open, b.Value.Overdue))];
}
