using System.Security.Claims;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.CaseFile;

internal static class CaseEndpoint
{
    public static void MapCase(this IEndpointRouteBuilder api) =>
        api.MapGet("/cases/{reference}", async (string reference, ClaimsPrincipal user, CaseQuery query, CancellationToken cancellationToken) =>
                await query.FindAsync(reference, user.Identity!.Name!, cancellationToken) is { } view ? Results.Ok(view) : Results.NotFound())
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("GetCase")
            .WithSummary("A case by its reference number: the complaint, its terms (due date, days left, met/overdue), timeline and workflow (state, actions allowed now).")
            .Produces<CaseView>()
            .Produces(StatusCodes.Status404NotFound);
}
