using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Host.Identity;

internal sealed class IdentityStaffDirectory(UserManager<IdentityUser> users) : IStaffDirectory
{
    /// <summary>Who signs for an account that has no name yet (or no longer exists): the team, not an address.</summary>
    public const string TeamName = "Klachtenteam";

    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        var members = new List<StaffMember>();
        foreach (var user in (await users.GetUsersInRoleAsync(role)).Where(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow))
        {
            var (name, _) = await StaffProfile.ReadAsync(users, user);
            members.Add(new StaffMember(user.UserName!, user.Email ?? user.UserName!, string.IsNullOrWhiteSpace(name) ? user.UserName! : name));
        }

        return [.. members.OrderBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in await users.Users.ToListAsync(cancellationToken))
        {
            if ((await StaffProfile.ReadAsync(users, user)).Name is { Length: > 0 } name)
            {
                names[user.UserName!] = name;
            }
        }

        return names;
    }

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
