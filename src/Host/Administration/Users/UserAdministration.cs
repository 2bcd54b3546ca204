using Focus.Quality.Host.Identity;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Host.Administration.Users;

internal sealed record StaffUser(string Id, string Email, string? DisplayName, string? Function, IReadOnlyList<string> Roles, bool IsBlocked, bool IsLockedOut);

internal sealed record NewStaffUser(string? Email, string? Password, IReadOnlyList<string>? Roles, string? DisplayName, string? Function);

/// <summary>The name and function that sign the account's letters and e-mails.</summary>
internal sealed record StaffProfileForm(string? DisplayName, string? Function);

/// <summary>
/// The administrator's view of the staff accounts: create, give roles, block, set a new password. Every change renews the
/// account's security stamp, so open sessions pick it up at their next check instead of keeping old rights.
/// </summary>
internal sealed class UserAdministration(UserManager<IdentityUser> users, TimeProvider clock, ILogger<UserAdministration> logger)
{
    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var list = new List<StaffUser>(all.Count);
        foreach (var user in all)
        {
            list.Add(await DescribeAsync(user));
        }

        return list;
    }

    public async Task<Result<StaffUser>> CreateAsync(NewStaffUser form, string by)
    {
        var email = form.Email?.Trim() ?? string.Empty;
        if (RoleProblem(form.Roles) is { } problem)
        {
            return Result<StaffUser>.Invalid("Roles", problem);
        }

        if (ProfileProblems(new StaffProfileForm(form.DisplayName, form.Function)) is { } profileProblems)
        {
            return Result<StaffUser>.Invalid(profileProblems);
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, form.Password ?? string.Empty);
        if (!created.Succeeded)
        {
            return Invalid(created, "Password");
        }

        await users.AddToRolesAsync(user, form.Roles!);
        await StaffProfile.WriteAsync(users, user, form.DisplayName!, form.Function!);
        logger.LogInformation("{By} created account {Email} with roles {Roles}", by, email, string.Join(", ", form.Roles!));
        return Result<StaffUser>.Success(await DescribeAsync(user));
    }

    public Task<Result<StaffUser>> SetRolesAsync(string id, IReadOnlyList<string>? roles, string by) => ChangeAsync(id, by, async user =>
    {
        if (RoleProblem(roles) is { } problem)
        {
            return problem;
        }

        if (IsSelf(user, by) && !roles!.Contains(AppRoles.Administrator))
        {
            return "U kunt uzelf de rol beheerder niet afnemen; laat een andere beheerder dat doen.";
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles!));
        await users.AddToRolesAsync(user, roles!.Except(current));
        return null;
    });

    public async Task<Result<StaffUser>> SetProfileAsync(string id, StaffProfileForm form, string by)
    {
        if (ProfileProblems(form) is { } problems)
        {
            return Result<StaffUser>.Invalid(problems);
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Result<StaffUser>.NotFound();
        }

        // A name is no credential: the security stamp stays, so the person is not signed out for it.
        await StaffProfile.WriteAsync(users, user, form.DisplayName!, form.Function!);
        logger.LogInformation("{By} changed the name or function of account {Email}", by, user.Email);
        return Result<StaffUser>.Success(await DescribeAsync(user));
    }

    public Task<Result<StaffUser>> BlockAsync(string id, bool blocked, string by) => ChangeAsync(id, by, async user =>
    {
        if (blocked && IsSelf(user, by))
        {
            return "U kunt uw eigen account niet blokkeren.";
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, blocked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        return null;
    });

    public Task<Result<StaffUser>> SetPasswordAsync(string id, string? password, string by) => ChangeAsync(id, by, async user =>
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password ?? string.Empty);
        return reset.Succeeded ? null : string.Join(" ", reset.Errors.Select(e => e.Description));
    });

    private async Task<Result<StaffUser>> ChangeAsync(string id, string by, Func<IdentityUser, Task<string?>> change)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Result<StaffUser>.NotFound();
        }

        if (await change(user) is { } refusal)
        {
            return Result<StaffUser>.Invalid(string.Empty, refusal);
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("{By} changed account {Email}", by, user.Email);
        return Result<StaffUser>.Success(await DescribeAsync(user));
    }

    private async Task<StaffUser> DescribeAsync(IdentityUser user)
    {
        var lockedUntil = await users.GetLockoutEndDateAsync(user);
        var (name, function) = await StaffProfile.ReadAsync(users, user);
        return new StaffUser(
            user.Id, user.Email ?? user.UserName ?? user.Id, name, function, [.. (await users.GetRolesAsync(user)).Order()],
            lockedUntil == DateTimeOffset.MaxValue, lockedUntil > clock.GetUtcNow());
    }

    private static bool IsSelf(IdentityUser user, string by) => string.Equals(user.UserName, by, StringComparison.OrdinalIgnoreCase);

    private static string? RoleProblem(IReadOnlyList<string>? roles) =>
        roles is not { Count: > 0 } ? "Kies minstens één rol."
        : roles.FirstOrDefault(r => !AppRoles.All.Contains(r)) is { } unknown ? $"Onbekende rol '{unknown}'; kies uit {string.Join(", ", AppRoles.All)}."
        : null;

    private static Dictionary<string, string[]>? ProfileProblems(StaffProfileForm form)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Trim().Length > 100 || form.DisplayName.Contains('@', StringComparison.Ordinal))
        {
            problems["DisplayName"] = ["Vul de naam in zoals die onder brieven komt te staan (voornaam en achternaam, geen e-mailadres, hoogstens 100 tekens)."];
        }

        if (string.IsNullOrWhiteSpace(form.Function) || form.Function.Trim().Length > 100)
        {
            problems["Function"] = ["Vul de functie in zoals die onder brieven komt te staan, bijvoorbeeld klachtbehandelaar (hoogstens 100 tekens)."];
        }

        return problems.Count > 0 ? problems : null;
    }

    private static Result<StaffUser> Invalid(IdentityResult result, string passwordField) =>
        Result<StaffUser>.Invalid(result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "Email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}
