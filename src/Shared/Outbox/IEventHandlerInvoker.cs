using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Outbox;

internal interface IEventHandlerInvoker
{
    Type EventType { get; }

    string HandlerName { get; }

    Task InvokeAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
