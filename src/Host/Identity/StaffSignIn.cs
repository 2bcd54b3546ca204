using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity;

internal enum SignInOutcome
{
    SignedIn,
    Refused,
    TooManyAttempts,
}

/// <summary>
/// The one way staff sign in with a password, for the login page and the token endpoint alike. Every refusal looks
/// the same and costs the same: an unknown e-mail address or a blocked account answers exactly like a wrong password.
/// They are slowed by one password hash, and every refusal is answered no sooner than <see cref="RefusalTakesAtLeast"/>
/// after the attempt began (a wrong password also records the failed attempt in the database), so neither the message
/// nor the timing tells which accounts exist.
/// </summary>
internal sealed class StaffSignIn(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, IPasswordHasher<IdentityUser> hasher, SignInAttemptLimiter limiter, TimeProvider clock)
{
    public static readonly TimeSpan RefusalTakesAtLeast = TimeSpan.FromMilliseconds(500);

    private static readonly IdentityUser Decoy = new();
    private static string? _decoyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, string clientAddress, string scheme)
    {
        if (!limiter.TryAttempt(clientAddress, email))
        {
            return SignInOutcome.TooManyAttempts;
        }

        var started = clock.GetTimestamp();
        if (await TrySignInAsync(email, password, scheme))
        {
            return SignInOutcome.SignedIn;
        }

        var left = RefusalTakesAtLeast - clock.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock);
        }

        return SignInOutcome.Refused;
    }

    private async Task<bool> TrySignInAsync(string email, string password, string scheme)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            _decoyHash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Decoy, _decoyHash, password);
            return false;
        }

        signIn.AuthenticationScheme = scheme;
        return (await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)).Succeeded;
    }
}
