using System.Security.Claims;
using Focus.Quality.Handling.Respond;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.NotHandled;

internal static class NotHandledEndpoints
{
    public static void MapNotHandled(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{reference}/admissibility-advice", async (string reference, NotHandledForm facts, AdmissibilityQuery query, CancellationToken cancellationToken) =>
                await query.AdviseAsync(reference, facts, cancellationToken) is { } advice ? Results.Ok(advice) : Results.NotFound())
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("AdviseAdmissibility")
            .WithSummary("Runs the admissibility rules on a case with the facts the handler established; every rule that fires is advice.")
            .Produces<IReadOnlyList<AdmissibilityAdvice>>()
            .Produces(StatusCodes.Status404NotFound);

        api.MapPost("/cases/{reference}/not-handled", async (string reference, NotHandledForm form, ClaimsPrincipal user, NotHandledHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(reference, form, user.Identity!.Name!, cancellationToken))
                    .ToHttpResult(id => TypedResults.Created($"/api/cases/{reference}/documents/{id}", new LetterCreated(id))))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("DeclareNotHandled")
            .WithSummary("Declares the complaint not admissible with a motivated letter, recording the advising rule or the override.")
            .Produces<LetterCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound);
    }
}
