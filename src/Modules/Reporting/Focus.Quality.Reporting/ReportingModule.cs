using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Dashboard;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Reporting;

/// <summary>A read model fed only by integration events, and the management dashboard on top of it.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ReportingDbContext, ReportingSqliteDbContext, ReportingSqlServerDbContext>(ReportingDbContext.SchemaName);
        services.AddIntegrationEventHandler<ComplaintRegistered, ComplaintRegisteredProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<SignalRecorded, SignalRecordedProjection, ReportingDbContext>();
        services.AddIntegrationEventHandler<ComplaintAcknowledged, ComplaintAcknowledgedProjection, ReportingDbContext>();
        services.AddScoped<DashboardQuery>();
        return services;
    }
}
