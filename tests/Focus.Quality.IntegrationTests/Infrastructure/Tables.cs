using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>Direct reads of the modules' tables, to prove what was (and was not) stored.</summary>
internal static class Tables
{
    public static Task<int> ComplaintCountAsync(IServiceProvider services) =>
        services.GetRequiredService<IntakeDbContext>().Complaints.CountAsync();

    public static Task<int> CaseCountAsync(IServiceProvider services, string reference) =>
        services.GetRequiredService<HandlingDbContext>().Cases.CountAsync(c => c.Reference == reference);

    public static Task<int> FactCountAsync(IServiceProvider services, string reference) =>
        services.GetRequiredService<ReportingDbContext>().Facts.CountAsync(f => f.Reference == reference);
}
