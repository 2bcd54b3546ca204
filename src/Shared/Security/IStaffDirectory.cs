namespace Focus.Quality.Shared.Security;

public sealed record StaffMember(string UserName, string Email);

/// <summary>How a member of staff signs a letter or e-mail: a person's name and function, never an e-mail address.</summary>
public sealed record StaffSignature(string Name, string Function);

/// <summary>Who works here, for the modules that assign work and sign letters; the host answers it from its user store.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>The signature of the account <paramref name="userName"/>; an account without a name signs as its team.</summary>
    Task<StaffSignature> SignatureOfAsync(string userName, CancellationToken cancellationToken);
}
