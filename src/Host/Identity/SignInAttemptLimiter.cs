using System.Threading.RateLimiting;
using Focus.Quality.Host.Composition;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Identity;

/// <summary>
/// Sign-in attempts counted per account and client address together: a whole office behind one NAT address signs in
/// every morning, so the address alone would lock colleagues out (the endpoint's per-address limit is generous instead).
/// </summary>
internal sealed class SignInAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInAttemptLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.LoginPermitLimit,
            Window = settings.Window,
            QueueLimit = 0,
        }));
    }

    public bool TryAttempt(string clientAddress, string email)
    {
        using var lease = _limiter.AttemptAcquire($"{clientAddress}|{email.Trim().ToUpperInvariant()}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
