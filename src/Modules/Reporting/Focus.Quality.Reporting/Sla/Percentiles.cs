namespace Focus.Quality.Reporting.Sla;

internal static class Percentiles
{
    /// <summary>The smallest value that at least <paramref name="share"/> of the values do not exceed (nearest-rank method); sorts the list.</summary>
    public static int NearestRank(List<int> values, double share)
    {
        values.Sort();
        return values[(int)Math.Ceiling(share * values.Count) - 1];
    }
}
