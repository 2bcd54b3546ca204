using Focus.Quality.Host.Identity;
using Focus.Quality.Host.Identity.External;
using Focus.Quality.Host.Resources;
using Focus.Quality.Host.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Host.Composition;

internal sealed record TokenRequest(string? Email, string? Password);

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Only sign-in is exposed: Identity's full API (self-registration, password reset by e-mail) has no place here.
        endpoints.MapPost("/api/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitComposition.LoginPolicy)
            .WithName("IssueToken")
            .WithSummary("Exchanges a staff e-mail and password for an Identity bearer token.");

        endpoints.MapPost("/logout", async (SignInManager<IdentityUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/login");
            })
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints.MapExternalSignIn();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, StaffSignIn signIn, HttpContext http, IStringLocalizer<HostText> text)
    {
        var outcome = await signIn.SignInAsync(request.Email ?? string.Empty, request.Password ?? string.Empty, ClientAddress.Of(http), IdentityConstants.BearerScheme);
        return outcome switch
        {
            // The bearer handler has written the token response.
            SignInOutcome.SignedIn => TypedResults.Empty,
            SignInOutcome.TooManyAttempts => TypedResults.Problem(text["Login.TooMany"], statusCode: StatusCodes.Status429TooManyRequests),
            _ => TypedResults.Problem(text["Login.Refused"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
