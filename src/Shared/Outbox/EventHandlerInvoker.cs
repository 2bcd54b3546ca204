using Focus.Quality.Shared.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

/// <summary>Runs one handler in its own scope and transaction, and records it in the handler module's inbox.</summary>
internal sealed class EventHandlerInvoker<TEvent, THandler, TContext>(IServiceScopeFactory scopes, TimeProvider clock) : IEventHandlerInvoker
    where TEvent : IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
    where TContext : ModuleDbContext
{
    public Type EventType => typeof(TEvent);

    public string HandlerName { get; } = typeof(THandler).FullName!;

    public async Task InvokeAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var alreadyHandled = await db.InboxMessages.AnyAsync(
            m => m.EventId == integrationEvent.EventId && m.Handler == HandlerName, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        var handler = scope.ServiceProvider.GetRequiredService<THandler>();
        await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
        db.InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.EventId,
            Handler = HandlerName,
            HandledAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
