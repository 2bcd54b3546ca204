using System.Diagnostics.Metrics;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Outbox;

/// <summary>Intake waits while delivery is behind (a bound of 0 here: any event not yet delivered holds the next registration).</summary>
public sealed class DeliveryBacklogTests
{
    private static readonly Dictionary<string, string?> NoBacklog = new() { ["Outbox:MaxBacklog"] = "0", ["Outbox:MaxBacklogWait"] = "00:01:00" };

    private static readonly TimeSpan LongEnough = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_registration_waits_while_the_previous_one_is_being_delivered_and_is_stored_once_it_is()
    {
        var gate = new Gate();
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), NoBacklog, services =>
        {
            services.AddSingleton(gate);
            services.AddIntegrationEventHandler<ComplaintRegistered, GatedHandler, ReportingDbContext>();
        });
        var client = app.CreateClient();
        await Api.SubmitPublicAsync(client);
        await gate.Entered.Task.WaitAsync(LongEnough);
        using var intakeWaits = new BacklogWaits();

        var second = Api.SubmitPublicAsync(client);

        await intakeWaits.First.WaitAsync(LongEnough);
        Assert.False(second.IsCompleted);
        Assert.Equal(1, await app.InScopeAsync(ComplaintCountAsync));
        gate.Open();
        var reference = await second.WaitAsync(LongEnough);
        Assert.Equal(2, await app.InScopeAsync(ComplaintCountAsync));
        await Eventually.TrueAsync(async () => await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)) == 1);
    }

    [Fact]
    public async Task An_event_that_failed_and_waits_for_its_retry_does_not_hold_intake_back()
    {
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), NoBacklog, services =>
            services.AddIntegrationEventHandler<ComplaintRegistered, FailingHandler, ReportingDbContext>());
        var client = app.CreateClient();
        await Api.SubmitPublicAsync(client);
        await Eventually.TrueAsync(async () => await app.InScopeAsync(sp =>
            sp.GetRequiredService<IntakeDbContext>().OutboxMessages.AnyAsync(m => m.Attempts > 0)));

        var reference = await Api.SubmitPublicAsync(client).WaitAsync(LongEnough);

        await Eventually.TrueAsync(async () => await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)) == 1);
    }

    private static Task<int> ComplaintCountAsync(IServiceProvider services) =>
        services.GetRequiredService<IntakeDbContext>().Complaints.CountAsync();

    /// <summary>The app's report (a metric) that intake found the backlog full and waits.</summary>
    private sealed class BacklogWaits : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public BacklogWaits()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "focus.outbox.backlog_waits")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, _, _) => _first.TrySetResult());
            _listener.Start();
        }

        public Task First => _first.Task;

        public void Dispose() => _listener.Dispose();
    }

    internal sealed class Gate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Opened => _open.Task;

        public void Open() => _open.TrySetResult();
    }

    /// <summary>Holds the delivery of every registration until the test opens the gate.</summary>
    internal sealed class GatedHandler(Gate gate) : IIntegrationEventHandler<ComplaintRegistered>
    {
        public async Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
        {
            gate.Entered.TrySetResult();
            await gate.Opened.WaitAsync(cancellationToken);
        }
    }

    internal sealed class FailingHandler : IIntegrationEventHandler<ComplaintRegistered>
    {
        public Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Simulated outage of a downstream module");
    }
}
