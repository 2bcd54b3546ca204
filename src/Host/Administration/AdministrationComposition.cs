using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Host.Administration;

/// <summary>The administrator's tools: access requests (AVG) and deliveries that keep failing.</summary>
internal static class AdministrationComposition
{
    public static IServiceCollection AddFocusAdministration(this IServiceCollection services) => services.AddScoped<PersonalDataExport>();

    public static IEndpointRouteBuilder MapAdministrationEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPrivacyEndpoints().MapDeliveryEndpoints();
}
