using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Portal;

/// <summary>
/// Counts status-page requests per client address and per reference, each in a fixed window: one address cannot try
/// many secrets, and many addresses together cannot try many secrets of one case.
/// </summary>
internal sealed class PortalAccessLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public PortalAccessLimiter(IOptions<PortalOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("address:", StringComparison.Ordinal) ? settings.PermitLimitPerAddress : settings.PermitLimitPerReference,
            Window = settings.Window,
            QueueLimit = 0,
        }));
    }

    /// <summary>Whether this request may be answered; both counts go up either way, so a refused one still costs its turn.</summary>
    public bool Admits(HttpContext context, string reference)
    {
        using var byAddress = _limiter.AttemptAcquire($"address:{context.Connection.RemoteIpAddress?.ToString() ?? "onbekend"}");
        using var byReference = _limiter.AttemptAcquire($"reference:{reference.ToUpperInvariant()}");
        return byAddress.IsAcquired && byReference.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
