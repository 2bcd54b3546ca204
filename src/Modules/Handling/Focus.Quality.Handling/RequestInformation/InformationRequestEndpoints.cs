using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.RequestInformation;

internal static class InformationRequestEndpoints
{
    public static void MapInformationRequest(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{reference}/information-request", async (string reference, InformationRequest request, ClaimsPrincipal user, InformationRequestHandler handler, CancellationToken cancellationToken) =>
                (await handler.RequestAsync(reference, request, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RequestInformation")
            .WithSummary("Asks the complainant for information (e-mailed with the status-page link) and pauses the response term.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{reference}/information-request/resume", async (string reference, ClaimsPrincipal user, InformationRequestHandler handler, CancellationToken cancellationToken) =>
                (await handler.ResumeAsync(reference, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("ResumeTerm")
            .WithSummary("Resumes the paused response term from today, with the paused days added to its due date.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
    }
}
