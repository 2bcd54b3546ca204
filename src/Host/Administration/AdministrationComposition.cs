using Focus.Quality.Host.Administration.Users;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Host.Administration;

/// <summary>The administrator's tools: staff accounts and roles, access requests (AVG), deliveries that keep failing.</summary>
internal static class AdministrationComposition
{
    public static IServiceCollection AddFocusAdministration(this IServiceCollection services) =>
        services.AddScoped<PersonalDataExport>().AddScoped<UserAdministration>();

    public static IEndpointRouteBuilder MapAdministrationEndpoints(this IEndpointRouteBuilder api) =>
        api.MapUserEndpoints().MapPrivacyEndpoints().MapDeliveryEndpoints();
}
