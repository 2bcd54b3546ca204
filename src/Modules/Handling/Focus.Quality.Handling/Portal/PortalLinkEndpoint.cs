using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Portal;

internal static class PortalLinkEndpoint
{
    public static void MapPortalLink(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{reference}/portal-link/renew", async (string reference, ClaimsPrincipal user, PortalLinkHandler handler, CancellationToken cancellationToken) =>
                (await handler.RenewAsync(reference, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RenewPortalLink")
            .WithSummary("Ends the complainant's status-page links and e-mails a new one.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{reference}/portal-link/revoke", async (string reference, ClaimsPrincipal user, PortalLinkHandler handler, CancellationToken cancellationToken) =>
                (await handler.RevokeAsync(reference, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RevokePortalLink")
            .WithSummary("Ends every status-page link of the case.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound);
    }
}
