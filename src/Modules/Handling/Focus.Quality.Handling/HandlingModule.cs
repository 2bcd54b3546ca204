using FluentValidation;
using Focus.Quality.Handling.Acknowledge;
using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.OpenCase;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Worklist;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Handling;

/// <summary>Cases, their terms, the worklist and the acknowledgement.</summary>
public static class HandlingModule
{
    public static IServiceCollection AddHandlingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<HandlingDbContext, HandlingSqliteDbContext, HandlingSqlServerDbContext>(HandlingDbContext.SchemaName);
        services.AddIntegrationEventHandler<ComplaintRegistered, OpenCaseOnComplaintRegistered, HandlingDbContext>();
        services.AddScoped<IValidator<AcknowledgeForm>, AcknowledgeFormValidator>();
        services.AddScoped<AcknowledgeHandler>();
        services.AddScoped<CaseQuery>();
        services.AddScoped<WorklistQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapHandlingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapWorklist();
        api.MapCase();
        api.MapAcknowledge();
        return api;
    }
}
