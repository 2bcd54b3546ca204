using System.Net;
using System.Security.Claims;
using Focus.Quality.Host.Identity.External;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>Optional OpenID Connect sign-in (Entra ID): off by default, on by settings; provider roles become local roles.</summary>
public sealed class ExternalSignInTests
{
    private static readonly Dictionary<string, string?> Enabled = new()
    {
        ["Authentication:OpenIdConnect:Enabled"] = "true",
        ["Authentication:OpenIdConnect:DisplayName"] = "Focus Entra ID",
        ["Authentication:OpenIdConnect:Authority"] = "https://login.example/tenant/v2.0",
        ["Authentication:OpenIdConnect:ClientId"] = "focus-quality",
        ["Authentication:OpenIdConnect:ClientSecret"] = "test-secret",
    };

    [Fact]
    public async Task Off_by_default_no_button_and_no_external_route()
    {
        await using var app = new FocusApp();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.DoesNotContain("data-testid=\"external-login\"", await client.GetStringAsync("/login"), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            e => e.RoutePattern.RawText!.StartsWith("/login/extern", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_configured_the_login_page_offers_it_and_the_challenge_goes_to_the_provider_with_PKCE()
    {
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), Enabled, services =>
            // The provider's discovery document, as if fetched from the authority (no network in tests).
            services.PostConfigure<OpenIdConnectOptions>(ExternalSignInOptions.Scheme, options => options.ConfigurationManager =
                new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://login.example/tenant/v2.0",
                    AuthorizationEndpoint = "https://login.example/tenant/oauth2/v2.0/authorize",
                    TokenEndpoint = "https://login.example/tenant/oauth2/v2.0/token",
                })));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Contains("Inloggen met Focus Entra ID", await client.GetStringAsync("/login"), StringComparison.Ordinal);
        var challenge = await client.GetAsync("/login/extern?returnUrl=%2Fwerklijst");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!.ToString();
        Assert.StartsWith("https://login.example/tenant/oauth2/v2.0/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=focus-quality", location, StringComparison.Ordinal);
        Assert.Contains("response_type=code", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", location, StringComparison.Ordinal);
        Assert.Contains("geen rol", await client.GetStringAsync("/login?extern=geen-rol"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_account_gets_the_provider_roles_every_time_and_is_refused_without_a_role_or_when_blocked()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), Enabled);

        var first = await ProvisionAsync(app, "subject-1", "entra.gebruiker@focus.example", AppRoles.Handler, "SomeOtherAppRole");
        var second = await ProvisionAsync(app, "subject-1", "entra.gebruiker@focus.example", AppRoles.Management);
        var noRole = await ProvisionAsync(app, "subject-2", "zonder.rol@focus.example", "Reader");

        Assert.Null(first.Refusal);
        Assert.Equal([AppRoles.Management], await RolesAsync(app, "entra.gebruiker@focus.example"));
        Assert.Equal(first.UserId, second.UserId);
        Assert.Equal(ExternalRefusal.NoRole, noRole.Refusal);

        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<IdentityUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("entra.gebruiker@focus.example"))!, DateTimeOffset.MaxValue);
        });
        Assert.Equal(ExternalRefusal.Blocked, (await ProvisionAsync(app, "subject-1", "entra.gebruiker@focus.example", AppRoles.Handler)).Refusal);
    }

    private static Task<(string? UserId, ExternalRefusal? Refusal)> ProvisionAsync(FocusApp app, string subject, string email, params string[] roles) =>
        app.InScopeAsync(async sp =>
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("email", email), .. roles.Select(r => new Claim("roles", r))], "oidc"));
            var (user, refusal) = await sp.GetRequiredService<ExternalAccounts>().ProvisionAsync(principal, ExternalSignInOptions.Scheme, subject);
            return (user?.Id, refusal);
        });

    private static Task<List<string>> RolesAsync(FocusApp app, string email) =>
        app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<IdentityUser>>();
            return (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).ToList();
        });
}
