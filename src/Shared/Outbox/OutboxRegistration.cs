using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Outbox;

public static class OutboxRegistration
{
    /// <summary>The event bus: signal, save-changes hook and the background dispatcher. Called once by the host.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.TryAddSingleton<WriteTurns>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton(sp => new DeliveryBacklog(sp.GetServices<IOutboxStore>(), sp.GetRequiredService<IOptions<OutboxOptions>>()));
        services.AddSingleton(sp => new OutboxReplay(sp.GetServices<IOutboxStore>(), sp.GetRequiredService<OutboxSignal>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FailedDeliveries(
            sp.GetServices<IOutboxStore>(), sp.GetServices<IRuleFailureSource>(), sp.GetRequiredService<OutboxSignal>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Subscribes a module's handler; its inbox lives in <typeparamref name="TContext"/>, the handler's own module.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TContext>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TContext : ModuleDbContext
    {
        services.AddScoped<THandler>();
        services.AddSingleton<IEventHandlerInvoker, EventHandlerInvoker<TEvent, THandler, TContext>>();
        return services;
    }
}
