using System.Security.Claims;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed record ComplaintReference(string Reference);

internal static class RegisterComplaintEndpoints
{
    /// <summary>The usual header for a client-chosen key that makes a retried POST harmless; a GUID here.</summary>
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void MapRegisterComplaint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/public/complaints", SubmitPublicAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AppPolicies.PublicIntakeRateLimit)
            .WithName("SubmitPublicComplaint")
            .WithSummary("The public digital complaint form: files a complaint and returns its reference number.")
            .Produces<ComplaintReference>(StatusCodes.Status201Created)
            .Produces<ComplaintReference>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

        api.MapPost("/complaints", RegisterAsync)
            .RequireAuthorization(AppPolicies.CaseWork)
            .WithName("RegisterComplaint")
            .WithSummary("Registers a complaint received by phone, e-mail or via the contact person.")
            .Produces<ComplaintReference>(StatusCodes.Status201Created)
            .Produces<ComplaintReference>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }

    private static async Task<IResult> SubmitPublicAsync(
        ComplaintForm form, [FromHeader(Name = IdempotencyKeyHeader)] Guid? key, RegisterComplaintHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        form.IdempotencyKey = key ?? form.IdempotencyKey;
        var result = await handler.HandleAsync(form.ToSubmission(ComplaintChannel.WebForm, clock.GetUtcNow()), registeredBy: null, cancellationToken);
        return result.ToHttpResult(Answer);
    }

    private static async Task<IResult> RegisterAsync(
        StaffComplaintRequest request, [FromHeader(Name = IdempotencyKeyHeader)] Guid? key, ClaimsPrincipal user, RegisterComplaintHandler handler, CancellationToken cancellationToken)
    {
        request.IdempotencyKey = key ?? request.IdempotencyKey;
        var result = await handler.HandleAsync(request.ToSubmission(request.Channel, request.ReceivedAt), user.Identity!.Name, cancellationToken);
        return result.ToHttpResult(Answer);
    }

    /// <summary>201 for a new complaint; 200 with the same body when the idempotency key showed it was stored before.</summary>
    private static IResult Answer(Registration registration) => registration.IsNew
        ? TypedResults.Created($"/api/cases/{registration.Reference}", new ComplaintReference(registration.Reference))
        : TypedResults.Ok(new ComplaintReference(registration.Reference));
}
