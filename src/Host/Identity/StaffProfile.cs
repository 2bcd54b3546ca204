using System.Security.Claims;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

/// <summary>
/// The name and function a member of staff signs letters with ("Anna de Vries", "klachtbehandelaar"), kept as claims of
/// the account so Identity's own tables hold them.
/// </summary>
internal static class StaffProfile
{
    public const string NameClaim = "focus:display_name";
    public const string FunctionClaim = "focus:function";

    /// <summary>The function an account signs with while the administrator has not given one, from its first role.</summary>
    public static string DefaultFunction(IEnumerable<string> roles) => roles.Order().FirstOrDefault() switch
    {
        AppRoles.Director => "Directeur",
        AppRoles.QualityOfficer => "Kwaliteitsmedewerker",
        AppRoles.Management => "Management",
        AppRoles.Administrator => "Beheerder",
        _ => "Klachtbehandelaar",
    };

    public static async Task<(string? Name, string? Function)> ReadAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        return (claims.FirstOrDefault(c => c.Type == NameClaim)?.Value, claims.FirstOrDefault(c => c.Type == FunctionClaim)?.Value);
    }

    public static async Task<IdentityResult> WriteAsync(UserManager<IdentityUser> users, IdentityUser user, string name, string function)
    {
        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type is NameClaim or FunctionClaim).ToList();
        if (existing.Count > 0)
        {
            var removed = await users.RemoveClaimsAsync(user, existing);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        return await users.AddClaimsAsync(user, [new Claim(NameClaim, name.Trim()), new Claim(FunctionClaim, function.Trim())]);
    }
}
