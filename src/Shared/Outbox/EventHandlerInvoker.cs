using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;
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

    public async Task InvokeWithinAsync(IServiceProvider scope, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<TContext>();
        var alreadyHandled = await db.InboxMessages.AnyAsync(
            m => m.EventId == integrationEvent.EventId && m.Handler == HandlerName, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        var handler = scope.GetRequiredService<THandler>();
        await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
        db.InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.EventId,
            Handler = HandlerName,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
