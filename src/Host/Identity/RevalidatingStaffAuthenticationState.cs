using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Identity;

/// <summary>An open Blazor screen keeps the sign-in it started with; this re-checks it, so a blocked account's screens stop too.</summary>
internal sealed class RevalidatingStaffAuthenticationState(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<CredentialRecheckOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.CredentialRecheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredentialCheck>().IsCurrentAsync(authenticationState.User);
    }
}
