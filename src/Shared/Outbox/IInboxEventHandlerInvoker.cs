using Focus.Quality.Shared.Events;

namespace Focus.Quality.Shared.Outbox;

/// <summary>A handler whose effect lies in one module's database, where its inbox row is written in the same transaction.</summary>
internal interface IInboxEventHandlerInvoker : IEventHandlerInvoker
{
    /// <summary>The module's DbContext: handlers of one module can share a transaction.</summary>
    Type ContextType { get; }

    /// <summary>Whether the handler may share one save with the other events of its batch (<see cref="IBatchableEventHandler"/>).</summary>
    bool Batchable { get; }

    /// <summary>
    /// Runs the handler on <paramref name="scope"/>'s context without saving: the caller saves, writes the inbox row and
    /// commits, and has already skipped the events the inbox says this handler handled.
    /// </summary>
    Task HandleWithinAsync(IServiceProvider scope, IIntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
