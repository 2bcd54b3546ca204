using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Acknowledge;

internal sealed record AcknowledgeResponse(bool OnTime);

internal static class AcknowledgeEndpoint
{
    public static void MapAcknowledge(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/acknowledgement", AcknowledgeAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("AcknowledgeComplaint")
            .WithSummary("Records that receipt was confirmed to the complainant by phone or e-mail.")
            .Produces<AcknowledgeResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> AcknowledgeAsync(
        string reference, AcknowledgeForm form, ClaimsPrincipal user, AcknowledgeHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(reference, form, user.Identity!.Name!, cancellationToken);
        return result.ToHttpResult(onTime => TypedResults.Ok(new AcknowledgeResponse(onTime)));
    }
}
