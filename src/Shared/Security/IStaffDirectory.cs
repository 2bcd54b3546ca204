namespace Focus.Quality.Shared.Security;

public sealed record StaffMember(string UserName, string Email);

/// <summary>Who works here, for the modules that assign work; the host answers it from its user store.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);
}
