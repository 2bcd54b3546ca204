using Focus.Quality.Host.Security;

namespace Focus.Quality.Host.Composition;

/// <summary>The host's protections in one place: response headers, HSTS, same-origin writes, and Dutch problem answers.</summary>
internal static class HardeningComposition
{
    public static IServiceCollection AddFocusHardening(this IServiceCollection services)
    {
        // SecurityHeaders sends X-Frame-Options: DENY (and CSP frame-ancestors) on every response; antiforgery's own
        // SAMEORIGIN would make it a second, weaker value.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);

        // A year, and for subdomains too: staff reach the app only over HTTPS outside development.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = DutchProblemTitles.Apply);
        return services.AddUnreadableRequestAnswers();
    }

    public static IApplicationBuilder UseFocusHardening(this IApplicationBuilder app)
    {
        WarnWhenEveryHostIsAllowed(app.ApplicationServices);
        return app.UseSecurityHeaders().UseUnreadableRequestAnswers().UseSameOriginWrites(AuthComposition.CookieName);
    }

    /// <summary>Redirects and links are built from the Host header, so outside development it must be one of ours.</summary>
    private static void WarnWhenEveryHostIsAllowed(IServiceProvider services)
    {
        var allowed = services.GetRequiredService<IConfiguration>()["AllowedHosts"];
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment() && (string.IsNullOrWhiteSpace(allowed) || allowed.Split(';').Contains("*")))
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HardeningComposition))
                .LogWarning("AllowedHosts is '{AllowedHosts}': set it to the host names the app is reached by (e.g. klachten.example.nl)", allowed);
        }
    }
}
