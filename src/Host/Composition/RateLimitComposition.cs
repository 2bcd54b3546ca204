using System.Threading.RateLimiting;
using Focus.Quality.Host.Security;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Host.Composition;

internal static class RateLimitComposition
{
    public const string LoginPolicy = "login";

    public static IServiceCollection AddFocusRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Te veel verzoeken vanaf dit adres. Probeer het over enkele minuten opnieuw of bel 088 007 1400.", cancellationToken);
            };
            limiter.AddPolicy(AppPolicies.PublicIntakeRateLimit, context => PostsPerAddress(context, o => o.PublicIntakePermitLimit));
            limiter.AddPolicy(LoginPolicy, context => PostsPerAddress(context, o => o.LoginPermitLimitPerAddress));
        });
        return services;
    }

    /// <summary>Only submissions count: reading the form or the login page is never limited.</summary>
    private static RateLimitPartition<string> PostsPerAddress(HttpContext context, Func<RateLimitOptions, int> permitLimit)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit(options),
            Window = options.Window,
            QueueLimit = 0,
        });
    }
}
