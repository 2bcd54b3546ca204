using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.Host.Administration;

internal static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder api)
    {
        var deliveries = api.MapGroup("/operations/failed-deliveries").RequireAuthorization(AppPolicies.Administration).WithTags("Operations");
        deliveries.MapGet("/", (FailedDeliveries failed, CancellationToken ct) => failed.ListAsync(ct))
            .WithSummary("Events and e-mails that failed at least once and wait for their next attempt, with the last error.");
        deliveries.MapPost("/{id:guid}/retry", RetryAsync)
            .WithSummary("Tries one failed delivery again now instead of after its retry delay.");
        return api;
    }

    private static async Task<IResult> RetryAsync(Guid id, FailedDeliveries failed, CancellationToken ct) =>
        await failed.RetryNowAsync(id, ct)
            ? TypedResults.Accepted((string?)null)
            : TypedResults.NotFound(new { detail = "Deze verzending wacht niet (meer) op een nieuwe poging." });
}
