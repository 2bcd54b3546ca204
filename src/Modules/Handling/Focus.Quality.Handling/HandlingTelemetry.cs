using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Focus.Quality.Handling;

internal static class HandlingTelemetry
{
    public const string Name = "Focus.Quality.Handling";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Acknowledgements =
        Meter.CreateCounter<long>("focus.acknowledgements", description: "Acknowledgements recorded, tagged on_time true/false");
}
