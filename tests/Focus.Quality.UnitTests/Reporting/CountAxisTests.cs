using Focus.Quality.Reporting.Dashboard;

namespace Focus.Quality.UnitTests.Reporting;

public sealed class CountAxisTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(7, 2)]
    [InlineData(12, 5)]
    [InlineData(48, 10)]
    [InlineData(4321, 1000)]
    [InlineData(5000, 1000)]
    [InlineData(5001, 2000)]
    public void The_step_is_1_2_or_5_times_a_power_of_ten_and_reaches_the_highest_count_in_at_most_five_steps(double highest, int step)
    {
        Assert.Equal(step, CountAxis.Step(highest));
        Assert.True(Math.Ceiling(highest / step) <= 5);
    }

    [Fact]
    public void The_options_keep_the_ticks_readable_for_any_count()
    {
        var options = CountAxis.Fit(new MudBlazor.LineChartOptions(), [0, 2, 3]);

        Assert.Equal(1, options.YAxisTicks);
        Assert.Equal(5, options.YAxisSuggestedMax);
        Assert.True(options.MaxNumYAxisTicks >= 6);
    }
}
