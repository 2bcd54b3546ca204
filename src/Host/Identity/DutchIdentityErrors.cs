using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

/// <summary>Identity's refusals (password policy, duplicates) in Dutch, as the administrator reads them.</summary>
internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet een cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet een kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet een hoofdletter bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet een leesteken of symbool bevatten.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"'{userName}' is geen geldig e-mailadres voor een account.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Er is al een account met e-mailadres {email}.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Er is al een account met e-mailadres {userName}.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account net gewijzigd; laad de pagina opnieuw.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
