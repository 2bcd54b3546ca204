namespace Focus.Quality.Shared.Events;

/// <summary>
/// Reacts to an integration event inside the handling module's own DbContext.
/// The handler only changes tracked entities; the dispatcher saves them together with the inbox
/// record, so a handler never sees the same event twice.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
