using Focus.Quality.Objections.Persistence;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Objections;

/// <summary>Objections to the director, hearings, settlements and final decisions.</summary>
public static class ObjectionsModule
{
    public static IServiceCollection AddObjectionsModule(this IServiceCollection services) =>
        services.AddModuleDbContext<ObjectionsDbContext, ObjectionsSqliteDbContext, ObjectionsSqlServerDbContext>(ObjectionsDbContext.SchemaName);
}
