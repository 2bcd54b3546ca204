using System.Globalization;
using MudBlazor.Charts;

namespace Focus.Quality.Reporting.Dashboard;

/// <summary>
/// A count axis that fits the data. MudBlazor's default tick of 20 draws a handful of complaints as a flat line on a
/// 0–20 axis with no value in between, and thousands as dozens of crowded ticks; a step of 1, 2 or 5 times a power of
/// ten, at most five steps to the top, reads well for both.
/// </summary>
internal static class CountAxis
{
    private const int Steps = 5;

    /// <summary>The step between ticks for counts up to <paramref name="highest"/>; at least 1, as counts are whole.</summary>
    public static int Step(double highest)
    {
        if (highest <= Steps)
        {
            return 1;
        }

        var rough = highest / Steps;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return (int)(new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).First(step => step >= rough));
    }

    /// <summary>Sets the ticks of <paramref name="options"/> for these counts; the axis runs to at least 5, so a single complaint is not the whole height.</summary>
    public static TOptions Fit<TOptions>(TOptions options, IEnumerable<double> counts)
        where TOptions : DefaultAxisChartOptions
    {
        var culture = CultureInfo.CurrentCulture;
        options.YAxisTicks = Step(counts.DefaultIfEmpty(0).Max());
        options.MaxNumYAxisTicks = Steps + 1;
        options.YAxisSuggestedMax = Steps;
        options.YAxisToStringFunc = value => value.ToString("N0", culture);
        return options;
    }
}
