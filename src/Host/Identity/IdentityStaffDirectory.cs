using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

internal sealed class IdentityStaffDirectory(UserManager<IdentityUser> users) : IStaffDirectory
{
    /// <summary>Who signs for an account that has no name yet (or no longer exists): the team, not an address.</summary>
    public const string TeamName = "Klachtenteam";

    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(role))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow)
            .Select(u => new StaffMember(u.UserName!, u.Email ?? u.UserName!))
            .OrderBy(s => s.UserName, StringComparer.OrdinalIgnoreCase)];

    public async Task<StaffSignature> SignatureOfAsync(string userName, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return new StaffSignature(TeamName, StaffProfile.DefaultFunction([]));
        }

        var (name, function) = await StaffProfile.ReadAsync(users, user);
        return new StaffSignature(
            string.IsNullOrWhiteSpace(name) ? TeamName : name,
            string.IsNullOrWhiteSpace(function) ? StaffProfile.DefaultFunction(await users.GetRolesAsync(user)) : function);
    }
}
