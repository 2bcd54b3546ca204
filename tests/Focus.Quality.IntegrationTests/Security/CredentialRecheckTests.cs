using System.Net;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>An administrator's change reaches credentials issued before it: bearer tokens and sign-in cookies alike.</summary>
public sealed class CredentialRecheckTests
{
    private static readonly Dictionary<string, string?> QuickRecheck = new() { ["Authentication:CredentialRecheckInterval"] = "00:00:01" };

    [Fact]
    public async Task A_bearer_token_issued_before_a_block_is_refused_once_the_recheck_interval_has_passed()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), QuickRecheck);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var admin = await app.ClientForAsync(AppRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/api/worklist")).StatusCode);

        await SetBlockedAsync(admin, AppRoles.Handler, blocked: true);

        await Eventually.TrueAsync(
            async () => (await handler.GetAsync("/api/worklist")).StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10));
        var registration = await handler.PostAsJsonAsync("/api/complaints", Api.StaffComplaint(DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, registration.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_issued_before_a_role_change_loses_the_old_role()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), QuickRecheck);
        var director = await app.ClientForAsync(AppRoles.Director);
        var admin = await app.ClientForAsync(AppRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync("/api/objections/")).StatusCode);

        var id = await UserIdAsync(admin, AppRoles.Director);
        (await admin.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { AppRoles.Management } })).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(
            async () => (await director.GetAsync("/api/objections/")).StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10));
        var renewed = await app.ClientForAsync(AppRoles.Director);
        Assert.Equal(HttpStatusCode.Forbidden, (await renewed.GetAsync("/api/objections/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/reports/annual/2026.xlsx")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_issued_before_a_block_is_refused_too()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), QuickRecheck);
        var handler = await app.CookieClientForAsync(AppRoles.Handler);
        var admin = await app.ClientForAsync(AppRoles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/api/worklist")).StatusCode);

        await SetBlockedAsync(admin, AppRoles.Handler, blocked: true);

        await Eventually.TrueAsync(
            async () => (await handler.GetAsync("/api/worklist")).StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void By_default_every_credential_is_rechecked_within_a_minute()
    {
        Assert.InRange(new Focus.Quality.Host.Identity.CredentialRecheckOptions().CredentialRecheckInterval, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    private static async Task SetBlockedAsync(HttpClient admin, string role, bool blocked)
    {
        var id = await UserIdAsync(admin, role);
        (await admin.PostAsJsonAsync($"/api/admin/users/{id}/block", new { blocked })).EnsureSuccessStatusCode();
    }

    private static async Task<string> UserIdAsync(HttpClient admin, string role)
    {
        var users = await admin.GetFromJsonAsync<List<UserRow>>("/api/admin/users/");
        return users!.Single(u => u.Email == FocusApp.UserFor(role)).Id;
    }

    private sealed record UserRow(string Id, string Email);
}
