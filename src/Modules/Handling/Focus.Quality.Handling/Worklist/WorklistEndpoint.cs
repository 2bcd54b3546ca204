using System.Security.Claims;
using Focus.Quality.Handling.Workflow;
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
            .WithSummary("Open cases sorted by the nearest term, with overdue and due-soon states. assignedTo=me gives the caller's own cases; " +
                "status is a state of the workflow (its id, e.g. Acknowledged); " +
                "afterDue + afterReference (the last row of the previous page) give the next page.")
            .Produces<IReadOnlyList<WorklistItem>>();

    private static async Task<IResult> ListAsync(
        string? search, bool? overdueOnly, string? assignedTo, ComplaintChannel? channel, ComplaintCategory? category, string? status, int? skip, int? take,
        DateOnly? afterDue, string? afterReference, ClaimsPrincipal user, WorklistQuery query, WorkflowStateNames states, CancellationToken cancellationToken)
    {
        if (status is not null && await states.OpenStatesAsync(cancellationToken) is var open && !open.Any(s => s.Id == status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Onbekende status '{status}'; kies uit {string.Join(", ", open.Select(s => $"{s.Id} ({s.Label})"))}."] });
        }

        if ((afterDue is null) != (afterReference is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["afterReference"] = ["Geef afterDue en afterReference samen: de vervaldatum en het kenmerk van de laatste zaak van de vorige pagina."] });
        }

        var filter = new WorklistFilter(
            search, overdueOnly ?? false, assignedTo == "me" ? user.Identity!.Name : assignedTo, channel, category,
            status, skip ?? 0, take ?? 50,
            afterDue is { } due ? new WorklistCursor(due, afterReference!) : null);
        return TypedResults.Ok(await query.ListAsync(filter, cancellationToken));
    }
}
