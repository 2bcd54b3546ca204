using Focus.Quality.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Identity.External;

/// <summary>OpenID Connect sign-in (e.g. Microsoft Entra ID), registered only when <see cref="ExternalSignInOptions.Enabled"/>.</summary>
internal static class ExternalSignIn
{
    public static void AddExternalSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ExternalSignInOptions.Section);
        services.Configure<ExternalSignInOptions>(section);
        var settings = section.Get<ExternalSignInOptions>() ?? new ExternalSignInOptions();
        if (!settings.Enabled)
        {
            return;
        }

        services.AddScoped<ExternalAccounts>();
        services.AddAuthentication().AddOpenIdConnect(ExternalSignInOptions.Scheme, settings.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.Scope.Add("email");
            options.TokenValidationParameters.RoleClaimType = settings.RoleClaimType;
            options.TokenValidationParameters.NameClaimType = "preferred_username";
        });
    }

    public static IEndpointRouteBuilder MapExternalSignIn(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ExternalSignInOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet("/login/extern", (string? returnUrl) =>
                TypedResults.Challenge(
                    new AuthenticationProperties { RedirectUri = $"/login/extern/klaar?returnUrl={Uri.EscapeDataString(LocalUrl.OrRoot(returnUrl))}" },
                    [ExternalSignInOptions.Scheme]))
            .AllowAnonymous();
        endpoints.MapGet("/login/extern/klaar", CompleteAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> CompleteAsync(string? returnUrl, SignInManager<IdentityUser> signIn, ExternalAccounts accounts, HttpContext http)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return TypedResults.LocalRedirect("/login?extern=mislukt");
        }

        var (user, refusal) = await accounts.ProvisionAsync(info.Principal, info.LoginProvider, info.ProviderKey);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (user is null)
        {
            return TypedResults.LocalRedirect($"/login?extern={refusal switch { ExternalRefusal.Blocked => "geblokkeerd", ExternalRefusal.NoRole => "geen-rol", _ => "geen-email" }}");
        }

        await signIn.SignInAsync(user, isPersistent: false, ExternalSignInOptions.Scheme);
        return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
    }
}
