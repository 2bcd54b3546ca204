using System.Security.Claims;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.Host.Administration.Users;

internal sealed record RolesRequest(IReadOnlyList<string>? Roles);

internal sealed record BlockRequest(bool Blocked);

internal sealed record PasswordRequest(string? Password);

internal static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/admin/users").RequireAuthorization(AppPolicies.Administration).WithTags("Administration");
        accounts.MapGet("/", (UserAdministration users, CancellationToken ct) => users.ListAsync(ct))
            .WithSummary("Every staff account with its roles and whether it is blocked or locked out.");
        accounts.MapPost("/", async (NewStaffUser form, UserAdministration users, ClaimsPrincipal user) =>
                (await users.CreateAsync(form, user.Identity!.Name!)).ToHttpResult(created => TypedResults.Created($"/api/admin/users/{created.Id}", created)))
            .WithSummary("Creates a staff account with an initial password (the password policy applies) and its roles.");
        accounts.MapPut("/{id}/roles", async (string id, RolesRequest request, UserAdministration users, ClaimsPrincipal user) =>
                (await users.SetRolesAsync(id, request.Roles, user.Identity!.Name!)).ToHttpResult(TypedResults.Ok))
            .WithSummary("Replaces the account's roles; an administrator cannot take the role from themselves.");
        accounts.MapPut("/{id}/profile", async (string id, StaffProfileForm form, UserAdministration users, ClaimsPrincipal user) =>
                (await users.SetProfileAsync(id, form, user.Identity!.Name!)).ToHttpResult(TypedResults.Ok))
            .WithSummary("Sets the name and function that sign the account's letters and e-mails.");
        accounts.MapPost("/{id}/block", async (string id, BlockRequest request, UserAdministration users, ClaimsPrincipal user) =>
                (await users.BlockAsync(id, request.Blocked, user.Identity!.Name!)).ToHttpResult(TypedResults.Ok))
            .WithSummary("Blocks the account (no sign-in until unblocked) or unblocks it, which also ends a lockout.");
        accounts.MapPost("/{id}/password", async (string id, PasswordRequest request, UserAdministration users, ClaimsPrincipal user) =>
                (await users.SetPasswordAsync(id, request.Password, user.Identity!.Name!)).ToHttpResult(TypedResults.Ok))
            .WithSummary("Sets a new password for the account (the password policy applies).");
        return api;
    }
}
