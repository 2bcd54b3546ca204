using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Focus.Quality.Host.Identity.External;
using Microsoft.AspNetCore.Antiforgery;

namespace Focus.Quality.Host.Composition;

internal sealed record TokenRequest(string Email, string Password);

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

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(TokenRequest request, SignInManager<IdentityUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has written the token response.
            return TypedResults.Empty;
        }

        var detail = result.IsLockedOut ? "Account tijdelijk geblokkeerd na te veel mislukte pogingen." : "Onjuiste inloggegevens.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized);
    }
}
