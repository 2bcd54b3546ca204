using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

internal sealed class IdentityStaffDirectory(UserManager<IdentityUser> users) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(role))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow)
            .Select(u => new StaffMember(u.UserName!, u.Email ?? u.UserName!))
            .OrderBy(s => s.UserName, StringComparer.OrdinalIgnoreCase)];
}
