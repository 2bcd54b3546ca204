using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Intake.RecordSignal;

internal sealed record SignalId(Guid Id);

internal static class RecordSignalEndpoint
{
    public static void MapRecordSignal(this IEndpointRouteBuilder api) =>
        api.MapPost("/signals", RecordAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RecordSignal")
            .WithSummary("Records a signal: dissatisfaction resolved on the spot, kept apart from formal complaints.")
            .Produces<SignalId>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    private static async Task<IResult> RecordAsync(SignalForm form, ClaimsPrincipal user, RecordSignalHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, user.Identity!.Name!, cancellationToken);
        return result.ToHttpResult(id => TypedResults.Created((string?)null, new SignalId(id)));
    }
}
