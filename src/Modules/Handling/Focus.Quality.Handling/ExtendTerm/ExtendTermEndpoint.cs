using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.ExtendTerm;

internal sealed record TermExtension(DateOnly DueDate);

internal static class ExtendTermEndpoint
{
    public static void MapExtendTerm(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/term-extension", async (string reference, ExtendTermForm form, ClaimsPrincipal user, ExtendTermHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reference, form, user.Identity!.Name!, cancellationToken)).ToHttpResult(due => TypedResults.Ok(new TermExtension(due))))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("ExtendTerm")
            .WithSummary("Extends one open term of the case once, with a reason; the original due date is kept.")
            .Produces<TermExtension>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
}
