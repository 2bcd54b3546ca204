using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

/// <summary>
/// Runs after authentication, for cookies and bearer tokens alike. A bearer token carries its roles for its whole hour
/// and Identity never checks it again, so without this a blocked account kept working until the token expired.
/// A stale credential counts as a failed authentication, so the caller gets 401 (sign in again), not 403.
/// </summary>
internal static class CurrentCredentials
{
    public static IApplicationBuilder UseCurrentCredentials(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Only our own accounts' credentials; the external provider's short-lived sign-in cookie is checked on return.
            if (context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
                && !await context.RequestServices.GetRequiredService<CredentialCheck>().IsCurrentAsync(context.User))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                context.Features.Set<IAuthenticateResultFeature>(new StaleCredential());
            }

            await next(context);
        });

    private sealed class StaleCredential : IAuthenticateResultFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; } =
            AuthenticateResult.Fail("The account was blocked, changed or given a new password after this credential was issued.");
    }
}
