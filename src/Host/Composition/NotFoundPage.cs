namespace Focus.Quality.Host.Composition;

internal static class NotFoundPage
{
    /// <summary>
    /// A person who opens an address that does not exist gets the Dutch "page not found" page with a way back, under the
    /// same address and still with status 404. API clients and the circuit's own requests keep their bare status codes.
    /// </summary>
    public static IApplicationBuilder UseNotFoundPage(this IApplicationBuilder app) =>
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method)
                && !context.Request.Path.StartsWithSegments("/api")
                && !context.Request.Path.StartsWithSegments("/_blazor")
                && !context.Request.Path.StartsWithSegments("/_framework"),
            branch => branch.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true));

    /// <summary>
    /// Every address no page or endpoint claims answers 404 to everyone; without this, the sign-in requirement that covers
    /// unmatched requests sent an anonymous visitor with a mistyped address to the staff login instead.
    /// </summary>
    public static IEndpointRouteBuilder MapUnknownAddresses(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback(() => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
