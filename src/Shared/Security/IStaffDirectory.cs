namespace Focus.Quality.Shared.Security;

/// <summary>A member of staff; <paramref name="DisplayName"/> is the name people read, the account name while none is set.</summary>
public sealed record StaffMember(string UserName, string Email, string DisplayName);

/// <summary>How a member of staff signs a letter or e-mail: a person's name and function, never an e-mail address.</summary>
public sealed record StaffSignature(string Name, string Function);

/// <summary>Who works here, for the modules that assign work and sign letters; the host answers it from its user store.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>The name of every account that has one, by account name: screens show people, not addresses.</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(CancellationToken cancellationToken);

    /// <summary>The signature of the account <paramref name="userName"/>; an account without a name signs as its team.</summary>
    Task<StaffSignature> SignatureOfAsync(string userName, CancellationToken cancellationToken);
}
