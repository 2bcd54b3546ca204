using System.Security.Claims;
using Focus.Quality.Shared.Privacy;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.Host.Administration;

internal static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/privacy/subject-export", ExportAsync)
            .RequireAuthorization(AppPolicies.Administration)
            .WithTags("Privacy")
            .WithSummary("Access request (AVG): everything about the complaints filed with one e-mail address, as one JSON file.");
        return api;
    }

    private static async Task<IResult> ExportAsync(string? email, ClaimsPrincipal user, PersonalDataExport export, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Geef het e-mailadres van de klager."] });
        }

        var file = await export.ExportAsync(email, user.Identity!.Name!, ct);
        return file.Complaints == 0
            ? TypedResults.NotFound(new { detail = "Er zijn geen klachten met dit e-mailadres." })
            : TypedResults.File(file.Content, "application/json", file.FileName);
    }
}
