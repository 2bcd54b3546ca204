using Focus.Quality.Shared.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

/// <summary>Runs one handler within its module's delivery transaction, which also writes the inbox row (<see cref="ModuleDeliveryBatch"/>).</summary>
internal sealed class EventHandlerInvoker<TEvent, THandler, TContext> : IInboxEventHandlerInvoker
    where TEvent : IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    public Type EventType => typeof(TEvent);

    public Type ContextType => typeof(TContext);

    public string HandlerName { get; } = typeof(THandler).FullName!;

    public bool Batchable { get; } = typeof(IBatchableEventHandler).IsAssignableFrom(typeof(THandler));

    public Task HandleWithinAsync(IServiceProvider scope, IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        scope.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken);
}
