namespace Focus.Quality.Host.Composition;

/// <summary>The host's protections in one place: response headers, HSTS, and Dutch answers to unreadable requests.</summary>
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
        return services.AddUnreadableRequestAnswers();
    }

    public static IApplicationBuilder UseFocusHardening(this IApplicationBuilder app) =>
        app.UseSecurityHeaders().UseUnreadableRequestAnswers();
}
