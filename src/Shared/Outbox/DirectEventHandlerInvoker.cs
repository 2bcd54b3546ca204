using Focus.Quality.Shared.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Outbox;

/// <summary>
/// Runs a handler whose effect lies outside every database (sending mail), so no inbox can make it exactly-once; it is
/// at-least-once, and only the handler's own failure makes the dispatcher retry.
/// </summary>
internal sealed class DirectEventHandlerInvoker<TEvent, THandler>(IServiceScopeFactory scopes) : IDirectEventHandlerInvoker
    where TEvent : IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
{
    public Type EventType => typeof(TEvent);

    public string HandlerName { get; } = typeof(THandler).FullName!;

    public async Task InvokeAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken);
    }
}
