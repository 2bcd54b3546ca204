using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Notes;

internal static class NotesEndpoints
{
    public static void MapNotes(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{reference}/notes", async (string reference, InternalNoteRequest request, ClaimsPrincipal user, NotesHandler handler, CancellationToken cancellationToken) =>
                (await handler.AddNoteAsync(reference, request, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("AddInternalNote")
            .WithSummary("Adds an internal note to the case (never sent to the complainant).")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound);

        api.MapPost("/cases/{reference}/communications", async (string reference, CommunicationRequest request, ClaimsPrincipal user, NotesHandler handler, CancellationToken cancellationToken) =>
                (await handler.LogCommunicationAsync(reference, request, user.Identity!.Name!, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("LogCommunication")
            .WithSummary("Logs a phone call, e-mail or letter with the complainant, with its summary.")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound);
    }
}
