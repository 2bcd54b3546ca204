using Focus.Quality.Host.Security;
using Microsoft.AspNetCore.Localization;

namespace Focus.Quality.Host.Composition;

internal static class LocalizationComposition
{
    public static readonly string[] Cultures = ["nl-NL", "en"];

    /// <summary>
    /// Dutch unless the person chose English with the NL/EN switch (the culture cookie). The browser's language is not
    /// asked: an English-language browser on a Dutch office PC would otherwise show staff and complainants English screens.
    /// </summary>
    public static IApplicationBuilder UseFocusLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

    /// <summary>Stores the chosen language in the standard culture cookie and returns to the page the user was on.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/taal/{culture}", (string culture, string? returnUrl, HttpContext context) =>
            {
                // An unknown language keeps the current one: the person still lands where they wanted to go.
                if (Cultures.Contains(culture))
                {
                    context.Response.Cookies.Append(
                        CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
                }

                return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
            })
            .AllowAnonymous();
        return endpoints;
    }
}
