namespace Focus.Quality.Host.Security;

/// <summary>
/// Refuses a state-changing request that carries the sign-in cookie but was not sent by a page of this app. A browser
/// attaches the cookie to a form or fetch from any site; the Origin header it adds to every such write is what tells them
/// apart. This covers every endpoint at once (uploads, JSON APIs, logout, the circuit's negotiation), so a new endpoint
/// cannot forget it. Requests with a bearer token carry no ambient credential and pass unchanged.
/// </summary>
internal static class SameOriginWrites
{
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app, string cookieName) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
                || !request.Cookies.ContainsKey(cookieName)
                || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || IsSameOrigin(request))
            {
                await next(context);
                return;
            }

            await TypedResults.Problem(
                    "Dit verzoek kwam niet van een pagina van deze toepassing en is daarom geweigerd. Open de pagina opnieuw en probeer het nog eens.",
                    title: "Verzoek geweigerd",
                    statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(context);
        });

    /// <summary>
    /// The host is compared, not the scheme: behind a proxy that ends TLS the app sees http while the browser says https.
    /// The host itself is one of the configured AllowedHosts.
    /// </summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // Browsers send Origin with every write; Sec-Fetch-Site is the only other word a browser gives.
            return request.Headers["Sec-Fetch-Site"] == "same-origin";
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
