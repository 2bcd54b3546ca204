using System.Security.Claims;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Identity.External;

internal enum ExternalRefusal
{
    NoEmail,
    NoRole,
    Blocked,
}

/// <summary>
/// Turns a person the provider vouched for into a local account: created on first sign-in, roles taken from the
/// provider's claims every time (the provider is where they are managed), refused when blocked here or without any role.
/// </summary>
internal sealed class ExternalAccounts(UserManager<IdentityUser> users, IOptions<ExternalSignInOptions> options, ILogger<ExternalAccounts> logger)
{
    public async Task<(IdentityUser? User, ExternalRefusal? Refusal)> ProvisionAsync(ClaimsPrincipal external, string provider, string providerKey)
    {
        var email = external.FindFirstValue("email") ?? external.FindFirstValue(ClaimTypes.Email) ?? external.FindFirstValue("preferred_username");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return (null, ExternalRefusal.NoEmail);
        }

        var roles = external.FindAll(options.Value.RoleClaimType).Concat(external.FindAll(ClaimTypes.Role))
            .Select(c => c.Value).Where(AppRoles.All.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            return (null, ExternalRefusal.NoRole);
        }

        var user = await users.FindByLoginAsync(provider, providerKey) ?? await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Ensure(await users.CreateAsync(user));
            logger.LogInformation("Account {Email} created at first sign-in through {Provider}", email, provider);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (null, ExternalRefusal.Blocked);
        }

        if ((await users.GetLoginsAsync(user)).All(l => l.LoginProvider != provider))
        {
            Ensure(await users.AddLoginAsync(user, new UserLoginInfo(provider, providerKey, provider)));
        }

        var current = await users.GetRolesAsync(user);
        Ensure(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Ensure(await users.AddToRolesAsync(user, roles.Except(current)));
        return (user, null);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
