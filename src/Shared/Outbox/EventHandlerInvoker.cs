using Focus.Quality.Shared.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

/// <summary>Runs one handler in a transaction of the handler module's database, and records it in that module's inbox.</summary>
internal sealed class EventHandlerInvoker<TEvent, THandler, TContext>(TimeProvider clock) : IInboxEventHandlerInvoker
    where TEvent : IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    public Type EventType => typeof(TEvent);

    public Type ContextType => typeof(TContext);

    public string HandlerName { get; } = typeof(THandler).FullName!;

    public bool Batchable { get; } = typeof(IBatchableEventHandler).IsAssignableFrom(typeof(THandler));

    public async Task HandleWithinAsync(IServiceProvider scope, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await scope.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken);
        scope.GetRequiredService<TContext>().InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.EventId,
            Handler = HandlerName,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        });
    }
}
