using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Review;

internal static class ReviewEndpoint
{
    public static void MapReview(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/review", async (string reference, ReviewForm form, ClaimsPrincipal user, ReviewHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reference, form, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("ReviewCase")
            .WithSummary("A review step of the case's workflow: SubmitForReview, ApproveResponse or ReturnForRework (with a note).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
}
