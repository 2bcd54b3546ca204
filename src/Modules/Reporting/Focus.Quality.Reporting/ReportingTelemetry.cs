using System.Diagnostics;

namespace Focus.Quality.Reporting;

internal static class ReportingTelemetry
{
    public const string Name = "Focus.Quality.Reporting";

    public static readonly ActivitySource Source = new(Name);
}
