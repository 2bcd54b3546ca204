using System.Security.Claims;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed record ComplaintReference(string Reference);

internal static class RegisterComplaintEndpoints
{
    public static void MapRegisterComplaint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/public/complaints", SubmitPublicAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AppPolicies.PublicIntakeRateLimit)
            .WithName("SubmitPublicComplaint")
            .WithSummary("The public digital complaint form: files a complaint and returns its reference number.")
            .Produces<ComplaintReference>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        api.MapPost("/complaints", RegisterAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RegisterComplaint")
            .WithSummary("Registers a complaint received by phone, e-mail or via the contact person.")
            .Produces<ComplaintReference>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
    }

    private static async Task<IResult> SubmitPublicAsync(ComplaintForm form, RegisterComplaintHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form.ToSubmission(ComplaintChannel.WebForm, clock.GetUtcNow()), registeredBy: null, cancellationToken);
        return result.ToHttpResult(Created);
    }

    private static async Task<IResult> RegisterAsync(StaffComplaintRequest request, ClaimsPrincipal user, RegisterComplaintHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request.ToSubmission(request.Channel, request.ReceivedAt), user.Identity!.Name, cancellationToken);
        return result.ToHttpResult(Created);
    }

    private static IResult Created(string reference) => TypedResults.Created($"/api/cases/{reference}", new ComplaintReference(reference));
}
