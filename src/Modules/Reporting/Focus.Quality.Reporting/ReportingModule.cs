using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Reporting.Excel;
using Focus.Quality.Reporting.Naming;
using Focus.Quality.Reporting.Sla;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Reporting;

/// <summary>A read model fed only by integration events, and the management dashboard on top of it.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext, ReportingSqliteDbContext, ReportingSqlServerDbContext>(ReportingDbContext.SchemaName);
        services.AddIntegrationEventHandler<ComplaintRegistered, ComplaintRegisteredProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<SignalRecorded, SignalRecordedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<CaseOpened, CaseOpenedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<CaseAssigned, CaseAssignedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ComplaintAcknowledged, ComplaintAcknowledgedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ComplaintResponded, ComplaintRespondedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ComplaintNotHandled, ComplaintNotHandledProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<TermExtended, TermExtendedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<TermResumed, TermResumedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<TermPaused, TermPausedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<SatisfactionGiven, SatisfactionGivenProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<CaseClosed, CaseClosedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<CaseStateChanged, CaseStateChangedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ObjectionRegistered, ObjectionRegisteredProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ObjectionConcluded, ObjectionConcludedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<HearingScheduled, HearingScheduledProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<HearingHeld, HearingHeldProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<HearingWaived, HearingWaivedProjection, ReportingDbContext>();
        services.AddScoped<Focus.Quality.Reporting.Contracts.IProcedureCompliance, Compliance.ProcedureComplianceQuery>();
        services.Configure<SlaNorms>(configuration.GetSection("Reporting:Norms"));
        services.AddScoped<SlaQuery>();
        services.AddScoped<HandlerNames>();
        services.AddScoped<SlaReport>();
        services.AddSingleton<ReportExports>();
        services.AddScoped<ReadModelRebuild>();
        services.AddScoped<Annual.AnnualReport>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder api) => api.MapReportEndpoints();
}
