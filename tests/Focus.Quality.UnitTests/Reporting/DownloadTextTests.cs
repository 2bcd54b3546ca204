using System.Globalization;
using Focus.Quality.Reporting.Dashboard;
using Focus.Quality.Reporting.Resources;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.UnitTests.Reporting;

public sealed class DownloadTextTests
{
    [Theory]
    [InlineData("nl-NL", 4, 1, "0 van 5 rijen geschreven (4 klachten en 1 signaal)…")]
    [InlineData("nl-NL", 1, 0, "0 van 1 rij geschreven (1 klacht en 0 signalen)…")]
    [InlineData("en", 4, 1, "0 of 5 rows written (4 complaints and 1 signal)…")]
    public void The_progress_counts_rows_and_says_how_many_are_complaints_and_signals(string culture, int complaints, int signals, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, ExportText.Progress(Localizers.For<ReportingText>(), 0, new SlaCount(complaints, signals)));
    }

    [Fact]
    public void A_single_row_is_not_plural()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

        Assert.Equal("sla.xlsx is gedownload (1 rij).", ExportText.Ready(Localizers.For<ReportingText>(), "sla.xlsx", new SlaCount(0, 1)));
    }
}
