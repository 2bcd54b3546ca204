using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Outbox;

/// <summary>A handler whose effect lies in one module's database, where its inbox row is written in the same transaction.</summary>
internal interface IInboxEventHandlerInvoker : IEventHandlerInvoker
{
    /// <summary>The module's DbContext: handlers of one module can share a transaction.</summary>
    Type ContextType { get; }

    /// <summary>
    /// Runs the handler within the transaction open on <paramref name="scope"/>'s context, unless the inbox says it already
    /// ran; saves its changes and its inbox row, and leaves the commit to the caller.
    /// </summary>
    Task InvokeWithinAsync(IServiceProvider scope, IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
