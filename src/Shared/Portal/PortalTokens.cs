using System.Security.Cryptography;
using System.Text;

namespace Focus.Quality.Shared.Portal;

/// <summary>A complainant's personal link to the status page and the only form in which it is kept: its hash.</summary>
public sealed record PortalToken(string Token, string Hash);

/// <summary>
/// The secret of a status-page link: 256 bits from the operating system's cryptographic generator, written URL-safe.
/// Only its SHA-256 hash is stored or sent between modules; with that much entropy a fast hash cannot be reversed by
/// trying, so a stolen database still opens no status page.
/// </summary>
public static class PortalTokens
{
    private const int Bytes = 32;

    public static PortalToken New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(Bytes));
        return new PortalToken(token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The status page's address for a reference, relative to the application's base.</summary>
    public static string PathFor(string reference, string token) => $"mijn-klacht/{Uri.EscapeDataString(reference)}?t={token}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
