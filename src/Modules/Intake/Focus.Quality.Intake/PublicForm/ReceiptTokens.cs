using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Focus.Quality.Intake.PublicForm;

/// <summary>What the receipt shows: the reference and, for a new complaint, the secret of its status-page link.</summary>
internal sealed record Receipt(string Reference, string? PortalToken);

/// <summary>
/// The receipt after the public form is addressed by a signed token of the reference that expires after a day, not by
/// the reference itself: reloading the receipt shows it again without posting anything, and nobody can walk the
/// sequential numbers to learn which complaints exist. The token is encrypted, so the status-page secret it carries
/// for the receipt is kept nowhere else in Intake.
/// </summary>
internal sealed class ReceiptTokens(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Focus.Quality.Intake.Receipt").ToTimeLimitedDataProtector();

    public string For(string reference, string? portalToken) => _protector.Protect($"{reference} {portalToken}".TrimEnd(), Lifetime);

    /// <summary>The receipt the token was made for; null when it was not made here or has expired.</summary>
    public Receipt? ReceiptIn(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split(' ', 2);
            return new Receipt(parts[0], parts.Length > 1 ? parts[1] : null);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
