using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Focus.Quality.Shared.Outbox;

internal static class OutboxTelemetry
{
    public const string Name = "Focus.Quality.Outbox";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> BacklogWaits =
        Meter.CreateCounter<long>("focus.outbox.backlog_waits", description: "Times intake found the event backlog full and waited for delivery to catch up");

    public static readonly Histogram<double> BacklogWait =
        Meter.CreateHistogram<double>("focus.outbox.backlog_wait", unit: "s", description: "How long intake waited for room in the event backlog");
}
