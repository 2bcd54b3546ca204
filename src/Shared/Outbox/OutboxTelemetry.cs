using System.Diagnostics;

namespace Focus.Quality.Shared.Outbox;

internal static class OutboxTelemetry
{
    public static readonly ActivitySource Source = new("Focus.Quality.Outbox");
}
