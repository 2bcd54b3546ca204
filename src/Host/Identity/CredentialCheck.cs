using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Identity;

/// <summary>
/// Whether a signed-in principal still speaks for its account: the account exists and its security stamp is the one
/// the credential was issued with. Every administrator change renews the stamp, so a blocked account, a changed role or
/// a new password invalidates cookies, bearer tokens and open screens alike. Good answers are remembered for
/// <see cref="CredentialRecheckOptions.CredentialRecheckInterval"/>, so a busy API client costs one lookup per interval.
/// </summary>
internal sealed class CredentialCheck(
    UserManager<IdentityUser> users, IOptions<IdentityOptions> identity, IOptions<CredentialRecheckOptions> options, TimeProvider clock, CredentialCheck.Memory memory)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (memory.CheckedAt.TryGetValue((userId, stamp), out var checkedAt) && now - checkedAt < options.Value.CredentialRecheckInterval)
        {
            return true;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.GetSecurityStampAsync(user) != stamp)
        {
            memory.CheckedAt.TryRemove((userId, stamp), out _);
            return false;
        }

        memory.CheckedAt[(userId, stamp)] = now;
        return true;
    }

    /// <summary>The last good check per account and stamp, shared by all requests of this instance.</summary>
    internal sealed class Memory
    {
        public ConcurrentDictionary<(string UserId, string Stamp), DateTimeOffset> CheckedAt { get; } = new();
    }
}
