namespace Focus.Quality.Shared.Outbox;

internal interface IEventHandlerInvoker
{
    Type EventType { get; }

    string HandlerName { get; }
}
