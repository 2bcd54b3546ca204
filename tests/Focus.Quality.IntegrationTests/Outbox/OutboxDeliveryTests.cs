using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Outbox;

public sealed class OutboxDeliveryTests
{
    private static readonly Dictionary<string, string?> NoDispatch = new() { ["Outbox:DispatchEnabled"] = "false" };

    [Fact]
    public async Task An_event_committed_just_before_a_stop_is_delivered_once_to_each_handler_after_restart()
    {
        var data = FocusApp.NewDataDirectory();
        string reference;
        await using (var stoppedBeforeDispatch = new FocusApp(data, NoDispatch))
        {
            reference = await Api.SubmitPublicAsync(stoppedBeforeDispatch.CreateClient());
            await Task.Delay(300);
            Assert.Equal(0, await stoppedBeforeDispatch.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)));
            Assert.Equal(1, await stoppedBeforeDispatch.InScopeAsync(PendingCountAsync));
        }

        await using (var restarted = new FocusApp(data))
        {
            await Eventually.TrueAsync(async () => await restarted.InScopeAsync(PendingCountAsync) == 0);
            await AssertDeliveredOnceAsync(restarted, reference);
        }

        // A stop after the handlers committed but before the message was marked processed: the same event comes again.
        await using (var stoppedBeforeMarking = new FocusApp(data, NoDispatch))
        {
            await stoppedBeforeMarking.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().OutboxMessages
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null)));
        }

        await using var redelivered = new FocusApp(data);
        await Eventually.TrueAsync(async () => await redelivered.InScopeAsync(PendingCountAsync) == 0);
        await AssertDeliveredOnceAsync(redelivered, reference);
    }

    [Fact]
    public async Task A_handler_that_throws_is_retried_until_it_succeeds_without_repeating_the_others()
    {
        var flaky = new FlakyState(failures: 2);
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), services: services =>
        {
            services.AddSingleton(flaky);
            services.AddIntegrationEventHandler<ComplaintRegistered, FlakyHandler, ReportingDbContext>();
        });

        var reference = await Api.SubmitPublicAsync(app.CreateClient());

        await Eventually.TrueAsync(() => Task.FromResult(flaky.Delivered.Contains(reference)));
        await Eventually.TrueAsync(async () => await app.InScopeAsync(PendingCountAsync) == 0);
        Assert.Equal(3, flaky.Calls);
        var message = await app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().OutboxMessages.SingleAsync());
        Assert.Equal(2, message.Attempts);
        Assert.Equal(1, await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)));
        Assert.Equal(1, await app.InScopeAsync(sp => Tables.FactCountAsync(sp, reference)));
    }

    [Fact]
    public async Task A_registration_committed_in_a_transaction_wakes_the_dispatcher_without_waiting_for_the_poll()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:01:00" });
        var client = app.CreateClient();
        // The first registration may land before the dispatcher's first look; from then on it sleeps for the poll.
        var first = await Api.SubmitPublicAsync(client);
        await Eventually.TrueAsync(async () => await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, first)) == 1, TimeSpan.FromSeconds(70));

        var reference = await Api.SubmitPublicAsync(client);

        await Eventually.TrueAsync(async () => await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)) == 1, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_handler_failing_on_one_event_of_a_batch_leaves_the_others_delivered_and_only_that_one_comes_back()
    {
        var (data, references) = await TenQueuedRegistrationsAsync();

        var flaky = new FlakyState(failures: 1, onlyFor: references[4]);
        await using var app = new FocusApp(data, services: services =>
        {
            services.AddSingleton(flaky);
            services.AddIntegrationEventHandler<ComplaintRegistered, FlakyHandler, ReportingDbContext>();
        });

        await Eventually.TrueAsync(async () => await app.InScopeAsync(PendingCountAsync) == 0);
        Assert.Equal(references.Order(), flaky.Delivered.Order());
        Assert.Equal([1], await app.InScopeAsync(RetriedAttemptsAsync));
        await AssertOneCaseAndFactEachAsync(app, references);
    }

    [Fact]
    public async Task A_batchable_handler_failing_on_one_event_undoes_only_that_event_while_its_batch_shares_one_save()
    {
        var (data, references) = await TenQueuedRegistrationsAsync();

        // Fails in the shared save and again on its own, so the event comes back once.
        var flaky = new FlakyState(failures: 2, onlyFor: references[4]);
        await using var app = new FocusApp(data, services: services =>
        {
            services.AddSingleton(flaky);
            services.AddIntegrationEventHandler<ComplaintRegistered, BatchableFlakyHandler, ReportingDbContext>();
        });

        await Eventually.TrueAsync(async () => await app.InScopeAsync(PendingCountAsync) == 0);
        // The failed shared save ran the others again one by one: in memory they show twice, in the database once.
        Assert.Equal(references.Order(), flaky.Delivered.Distinct().Order());
        Assert.Equal([1], await app.InScopeAsync(RetriedAttemptsAsync));
        var handler = typeof(BatchableFlakyHandler).FullName!;
        Assert.Equal(10, await app.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().InboxMessages.CountAsync(m => m.Handler == handler)));
        await AssertOneCaseAndFactEachAsync(app, references);
    }

    /// <summary>Ten registrations committed by an app that delivers nothing, in a data folder for the next app.</summary>
    private static async Task<(string Data, List<string> References)> TenQueuedRegistrationsAsync()
    {
        var data = FocusApp.NewDataDirectory();
        var references = new List<string>();
        await using var stoppedBeforeDispatch = new FocusApp(data, NoDispatch);
        var client = stoppedBeforeDispatch.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            references.Add(await Api.SubmitPublicAsync(client));
        }

        return (data, references);
    }

    private static Task<List<int>> RetriedAttemptsAsync(IServiceProvider services) =>
        services.GetRequiredService<IntakeDbContext>().OutboxMessages.Where(m => m.Attempts > 0).Select(m => m.Attempts).ToListAsync();

    private static async Task AssertOneCaseAndFactEachAsync(FocusApp app, IEnumerable<string> references)
    {
        foreach (var reference in references)
        {
            Assert.Equal(1, await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)));
            Assert.Equal(1, await app.InScopeAsync(sp => Tables.FactCountAsync(sp, reference)));
        }
    }

    private static Task<int> PendingCountAsync(IServiceProvider services) =>
        services.GetRequiredService<IntakeDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null);

    private static async Task AssertDeliveredOnceAsync(FocusApp app, string reference)
    {
        Assert.Equal(1, await app.InScopeAsync(sp => Tables.CaseCountAsync(sp, reference)));
        Assert.Equal(1, await app.InScopeAsync(sp => Tables.FactCountAsync(sp, reference)));
        var eventId = await app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().OutboxMessages.Select(m => m.Id).SingleAsync());
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<ReportingDbContext>().InboxMessages.CountAsync(m => m.EventId == eventId)));
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<Focus.Quality.Handling.Persistence.HandlingDbContext>().InboxMessages.CountAsync(m => m.EventId == eventId)));
    }

    /// <summary>Fails the first <paramref name="failures"/> deliveries (of <paramref name="onlyFor"/> alone, when given).</summary>
    internal sealed class FlakyState(int failures, string? onlyFor = null)
    {
        public int Failures { get; } = failures;

        public string? OnlyFor { get; } = onlyFor;

        public int Calls { get; set; }

        public List<string> Delivered { get; } = [];
    }

    internal sealed class FlakyHandler(FlakyState state) : IIntegrationEventHandler<ComplaintRegistered>
    {
        public Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
        {
            if (state.OnlyFor is not null && state.OnlyFor != integrationEvent.Reference)
            {
                state.Delivered.Add(integrationEvent.Reference);
                return Task.CompletedTask;
            }

            state.Calls++;
            if (state.Calls <= state.Failures)
            {
                throw new InvalidOperationException("Simulated outage of a downstream module");
            }

            state.Delivered.Add(integrationEvent.Reference);
            return Task.CompletedTask;
        }
    }

    /// <summary>The flaky handler as one that shares its batch's save with the registration's projection.</summary>
    internal sealed class BatchableFlakyHandler(FlakyState state) : IIntegrationEventHandler<ComplaintRegistered>, IBatchableEventHandler
    {
        public Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken) =>
            new FlakyHandler(state).HandleAsync(integrationEvent, cancellationToken);
    }
}
