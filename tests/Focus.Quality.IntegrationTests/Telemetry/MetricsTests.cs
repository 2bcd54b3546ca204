using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Telemetry;

[CollectionDefinition(nameof(MetricsTests), DisableParallelization = true)]
public sealed class MetricsCollection;

[Collection(nameof(MetricsTests))]
public sealed class MetricsTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task Registrations_are_counted_by_channel_and_acknowledgements_by_timeliness()
    {
        var measurements = new ConcurrentBag<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Focus.Quality.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
        var handler = await app.ClientForAsync(AppRoles.Handler);

        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-30), channel: "ContactPerson");
        await Api.CaseAsync(handler, reference);
        await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow });

        Assert.Contains(("focus.complaints.registered", 1L, "channel=ContactPerson"), measurements);
        Assert.Contains(("focus.acknowledgements", 1L, "on_time=False"), measurements);
    }
}
