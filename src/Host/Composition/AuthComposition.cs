using Focus.Quality.Host.Identity;
using Focus.Quality.Host.Identity.External;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Focus.Quality.Host.Composition;

internal static class AuthComposition
{
    public const string CookieName = "focus.auth";

    public static IServiceCollection AddFocusAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<IdentityDb, IdentitySqliteDb, IdentitySqlServerDb>(IdentityDb.SchemaName);
        services.Configure<DemoUsersOptions>(options =>
        {
            options.Enabled = environment.IsDevelopment();
            configuration.GetSection(DemoUsersOptions.Section).Bind(options);
        });

        // Cookie for the Blazor screens, bearer token for API clients; both from ASP.NET Core Identity.
        services.AddIdentityApiEndpoints<IdentityUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddErrorDescriber<DutchIdentityErrors>();
        // Role changes, blocks and new passwords renew the security stamp; every kind of credential notices it within
        // one interval: the cookie through Identity's own validator, bearer tokens and open screens through CredentialCheck.
        var recheck = configuration.GetSection(CredentialRecheckOptions.Section);
        services.Configure<CredentialRecheckOptions>(recheck);
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = recheck.Get<CredentialRecheckOptions>()?.CredentialRecheckInterval ?? new CredentialRecheckOptions().CredentialRecheckInterval);
        services.AddSingleton<CredentialCheck.Memory>();
        services.AddScoped<CredentialCheck>();
        services.AddSingleton<SignInAttemptLimiter>();
        services.AddScoped<StaffSignIn>();
        services.AddDataProtection().SetApplicationName("Focus.Quality").PersistKeysToDbContext<IdentityDb>();
        services.AddExternalSignIn(configuration);
        // Identity's composite scheme challenges with the bearer handler (a bare 401); people in a browser need the login page.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            options.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/geen-toegang";
            options.Cookie.Name = CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AppPolicies.Staff, policy => policy.RequireRole(AppRoles.All))
            .AddPolicy(AppPolicies.CaseWork, policy => policy.RequireRole(AppRoles.Handler, AppRoles.Director, AppRoles.Administrator))
            .AddPolicy(AppPolicies.Objections, policy => policy.RequireRole(AppRoles.Director, AppRoles.Administrator))
            .AddPolicy(AppPolicies.Rules, policy => policy.RequireRole(AppRoles.QualityOfficer))
            .AddPolicy(AppPolicies.Reports, policy => policy.RequireRole(AppRoles.Management, AppRoles.Director))
            .AddPolicy(AppPolicies.Administration, policy => policy.RequireRole(AppRoles.Administrator));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStaffAuthenticationState>();
        services.AddScoped<IStaffDirectory, IdentityStaffDirectory>();
        return services;
    }

    /// <summary>API callers get a status code; people in a browser get the login or access-denied page.</summary>
    private static Task ApiAwareRedirect(HttpContext context, string redirectUri, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
