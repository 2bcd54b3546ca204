using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Identity;

/// <summary>Creates the roles always, and one demo user per role when demo users are enabled.</summary>
internal static class DemoUsers
{
    public static IReadOnlyDictionary<string, string> ByRole { get; } = new Dictionary<string, string>
    {
        [AppRoles.Handler] = "behandelaar@focus.example",
        [AppRoles.Director] = "directeur@focus.example",
        [AppRoles.QualityOfficer] = "kwaliteit@focus.example",
        [AppRoles.Management] = "management@focus.example",
        [AppRoles.Administrator] = "beheerder@focus.example",
    };

    /// <summary>Fictitious people, so demo letters are signed the way real ones are.</summary>
    private static readonly IReadOnlyDictionary<string, (string Name, string Function)> Profiles = new Dictionary<string, (string, string)>
    {
        [AppRoles.Handler] = ("Anna de Vries", "Klachtbehandelaar"),
        [AppRoles.Director] = ("Inge Dijkstra", "Directeur"),
        [AppRoles.QualityOfficer] = ("Sanne Bakker", "Kwaliteitsmedewerker"),
        [AppRoles.Management] = ("Mark Jansen", "Manager bedrijfsvoering"),
        [AppRoles.Administrator] = ("Peter de Boer", "Functioneel beheerder"),
    };

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All.Where(role => !roles.Roles.Any(r => r.Name == role)))
        {
            Ensure(await roles.CreateAsync(new IdentityRole(role)), role);
        }

        var options = scope.ServiceProvider.GetRequiredService<IOptions<DemoUsersOptions>>().Value;
        if (!options.Enabled)
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoUsers));
        foreach (var (role, email) in ByRole)
        {
            if (await users.FindByNameAsync(email) is not { } user)
            {
                user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
                Ensure(await users.CreateAsync(user, options.Password), email);
                Ensure(await users.AddToRoleAsync(user, role), email);
            }

            if ((await StaffProfile.ReadAsync(users, user)).Name is null)
            {
                Ensure(await StaffProfile.WriteAsync(users, user, Profiles[role].Name, Profiles[role].Function), email);
            }

            logger.LogInformation("Demo user for role {Role}: {Email} (password: see README)", role, email);
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
