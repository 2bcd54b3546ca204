using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Respond;

internal sealed record LetterCreated(Guid DocumentId);

internal static class RespondEndpoint
{
    public static void MapRespond(this IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{reference}/response", async (string reference, RespondForm form, ClaimsPrincipal user, RespondHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reference, form, user.Identity!.Name!, cancellationToken))
                    .ToHttpResult(id => TypedResults.Created($"/api/cases/{reference}/documents/{id}", new LetterCreated(id))))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RespondToComplaint")
            .WithSummary("Records the written response (summary, proposed solution, judgement), produces the letter and e-mails it.")
            .Produces<LetterCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
}
