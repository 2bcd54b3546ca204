using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Outbox;

/// <summary>A handler whose effect lies outside every database (sending mail): it runs on its own, at least once.</summary>
internal interface IDirectEventHandlerInvoker : IEventHandlerInvoker
{
    Task InvokeAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
