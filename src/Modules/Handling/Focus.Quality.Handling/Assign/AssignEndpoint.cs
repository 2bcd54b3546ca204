using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Assign;

internal static class AssignEndpoint
{
    public static void MapAssign(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/assignment", async (string reference, AssignRequest request, ClaimsPrincipal user, AssignHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reference, request, user.Identity!.Name!, cancellationToken)).ToHttpResult(assignee => TypedResults.Ok(new AssignRequest(assignee))))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("AssignCase")
            .WithSummary("Assigns or reassigns the case to a handler.")
            .Produces<AssignRequest>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
}
