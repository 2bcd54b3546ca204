using System.Collections.Concurrent;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.ScaleOut;

/// <summary>Two app instances on one database: each outbox message is delivered by one of them, never by both.</summary>
public sealed class TwoInstanceDispatchTests
{
    private const int Complaints = 120;

    [Fact]
    public async Task Two_hosts_on_one_SQLite_folder_never_deliver_a_message_twice()
    {
        var data = FocusApp.NewDataDirectory();
        var deliveries = new DeliveryCount();
        // Like sending mail: a handler without an inbox, so only the dispatchers' claim can keep it from running twice.
        void Count(IServiceCollection services)
        {
            services.AddSingleton(deliveries);
            services.AddSingleton(new HostMarker());
            services.AddScoped<CountingHandler>();
            services.AddSingleton<IEventHandlerInvoker, DirectEventHandlerInvoker<ComplaintRegistered, CountingHandler>>();
        }

        await using var first = new FocusApp(data, services: Count);
        await using var second = new FocusApp(data, services: Count);
        var clients = new[] { first.CreateClient(), second.CreateClient() };

        await Task.WhenAll(Enumerable.Range(0, Complaints).Select(i => Api.SubmitPublicAsync(clients[i % 2])));
        await Eventually.TrueAsync(async () => await first.InScopeAsync(sp =>
            sp.GetRequiredService<IntakeDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)) == 0, TimeSpan.FromSeconds(60));

        Assert.Equal(Complaints, deliveries.ByEvent.Count);
        var twice = deliveries.ByEvent.Where(d => d.Value > 1).ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} of {Complaints} events were delivered more than once (by {string.Join(", ", deliveries.ByHost.Select(h => $"{h.Value}"))} per host).");
        Assert.Equal(2, deliveries.ByHost.Count);
    }

    internal sealed class DeliveryCount
    {
        public ConcurrentDictionary<Guid, int> ByEvent { get; } = new();

        public ConcurrentDictionary<HostMarker, int> ByHost { get; } = new();
    }

    /// <summary>One per app instance, to see that both took part.</summary>
    internal sealed class HostMarker;

    internal sealed class CountingHandler(DeliveryCount count, HostMarker host) : IIntegrationEventHandler<ComplaintRegistered>
    {
        public async Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
        {
            count.ByEvent.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
            count.ByHost.AddOrUpdate(host, 1, (_, n) => n + 1);
            // Long enough for the other host to fetch the same message if nothing claimed it.
            await Task.Delay(20, cancellationToken);
        }
    }
}
