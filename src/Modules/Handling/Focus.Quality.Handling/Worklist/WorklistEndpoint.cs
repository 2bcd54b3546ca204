using System.Security.Claims;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Worklist;

internal static class WorklistEndpoint
{
    public static void MapWorklist(this IEndpointRouteBuilder api) =>
        api.MapGet("/worklist", ListAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("GetWorklist")
            .WithSummary("Open cases sorted by the nearest term, with overdue and due-soon states. assignedTo=me gives the caller's own cases.")
            .Produces<IReadOnlyList<WorklistItem>>();

    private static async Task<IResult> ListAsync(
        string? search, bool? overdueOnly, string? assignedTo, ComplaintChannel? channel, ComplaintCategory? category, string? status, int? skip, int? take,
        ClaimsPrincipal user, WorklistQuery query, CancellationToken cancellationToken)
    {
        if (status is not null && !Enum.TryParse<CaseStatus>(status, ignoreCase: true, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Unknown status '{status}'."] });
        }

        var filter = new WorklistFilter(
            search, overdueOnly ?? false, assignedTo == "me" ? user.Identity!.Name : assignedTo, channel, category,
            status is null ? null : Enum.Parse<CaseStatus>(status, ignoreCase: true), skip ?? 0, take ?? 50);
        return TypedResults.Ok(await query.ListAsync(filter, cancellationToken));
    }
}
