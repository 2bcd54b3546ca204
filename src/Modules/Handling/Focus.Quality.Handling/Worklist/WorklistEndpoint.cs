using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Handling.Worklist;

internal static class WorklistEndpoint
{
    public static void MapWorklist(this IEndpointRouteBuilder api) =>
        api.MapGet("/worklist", async (string? search, bool? overdueOnly, int? skip, int? take, WorklistQuery query, CancellationToken cancellationToken) =>
                Results.Ok(await query.ListAsync(new WorklistFilter(search, overdueOnly ?? false, skip ?? 0, take ?? 50), cancellationToken)))
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("GetWorklist")
            .WithSummary("Open cases sorted by the nearest term, with overdue and due-soon states.")
            .Produces<IReadOnlyList<WorklistItem>>();
}
