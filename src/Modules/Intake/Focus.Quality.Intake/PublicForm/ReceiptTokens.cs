using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Focus.Quality.Intake.PublicForm;

/// <summary>
/// The receipt after the public form is addressed by a signed token of the reference that expires after a day, not by
/// the reference itself: reloading the receipt shows it again without posting anything, and nobody can walk the
/// sequential numbers to learn which complaints exist.
/// </summary>
internal sealed class ReceiptTokens(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Focus.Quality.Intake.Receipt").ToTimeLimitedDataProtector();

    public string For(string reference) => _protector.Protect(reference, Lifetime);

    /// <summary>The reference the token was made for; null when it was not made here or has expired.</summary>
    public string? ReferenceIn(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
