using Focus.Quality.Shared.Events;
using Microsoft.Extensions.Logging;

namespace Focus.Quality.Shared.Outbox;

/// <summary>One event of a claimed message, for one of its handlers.</summary>
internal sealed record Delivery(PendingMessage Message, IIntegrationEvent Event, IEventHandlerInvoker Invoker);

/// <summary>Why a handler failed on a message; the message comes back later and the handlers that succeeded are skipped.</summary>
internal sealed record DeliveryFailure(Guid MessageId, string Error)
{
    public static DeliveryFailure Logged(Delivery delivery, Exception exception, ILogger logger)
    {
        logger.LogWarning(exception, "Handler {Handler} failed on event {EventId} (attempt {Attempt})", delivery.Invoker.HandlerName, delivery.Message.Id, delivery.Message.Attempts + 1);
        return new DeliveryFailure(delivery.Message.Id, $"{delivery.Invoker.HandlerName}: {exception.Message}");
    }
}
