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
            .WithSummary("Access request (AVG): everything about the complaints filed with one e-mail address or phone number, as one JSON file.");
        return api;
    }

    private static async Task<IResult> ExportAsync(string? email, string? phone, ClaimsPrincipal user, PersonalDataExport export, CancellationToken ct)
    {
        // Each parameter holds what its name says: an address in "phone" is as wrong as a number in "email".
        var subject = DataSubject.Parse(email ?? phone);
        if (subject is null || (email is not null) != (subject.Email is not null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [email is null ? "phone" : "email"] = ["Geef het e-mailadres of het telefoonnummer van de klager."] });
        }

        var file = await export.ExportAsync(subject, user.Identity!.Name!, ct);
        return file.Complaints == 0
            ? TypedResults.NotFound(new { detail = "Er zijn geen klachten met dit e-mailadres of telefoonnummer." })
            : TypedResults.File(file.Content, "application/json", file.FileName);
    }
}
