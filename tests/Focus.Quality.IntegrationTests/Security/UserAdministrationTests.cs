using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>The administrator manages staff accounts: the password policy in Dutch, roles that take effect, blocking.</summary>
public sealed class UserAdministrationTests(FocusApp app) : IClassFixture<FocusApp>
{
    private const string Password = "Nieuw!Wachtwoord2026";

    [Fact]
    public async Task A_new_account_gets_exactly_its_roles_and_a_blocked_one_cannot_sign_in()
    {
        var administrator = await app.ClientForAsync(AppRoles.Administrator);

        var created = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "nieuwe.behandelaar@focus.example", password = Password, roles = new[] { AppRoles.Handler }, displayName = "Fatima el Amrani", function = "Klachtbehandelaar" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var handler = await SignInAsync("nieuwe.behandelaar@focus.example");
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/api/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/api/reports/sla.xlsx")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync($"/api/admin/users/{id}/roles", new { roles = new[] { AppRoles.Management } })).StatusCode);
        var manager = await SignInAsync("nieuwe.behandelaar@focus.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/worklist")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/admin/users/{id}/block", new { blocked = true })).StatusCode);
        var refused = await TokenAsync("nieuwe.behandelaar@focus.example", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("geblokkeerd", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await administrator.GetFromJsonAsync<JsonElement>("/api/admin/users/");
        Assert.True(listed.EnumerateArray().Single(u => u.GetProperty("id").GetString() == id).GetProperty("isBlocked").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/admin/users/{id}/block", new { blocked = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("nieuwe.behandelaar@focus.example", Password)).StatusCode);
    }

    [Fact]
    public async Task Weak_passwords_unknown_roles_duplicates_and_removing_ones_own_administrator_role_are_refused_in_Dutch()
    {
        var administrator = await app.ClientForAsync(AppRoles.Administrator);

        var weak = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "zwak@focus.example", password = "kort", roles = new[] { AppRoles.Handler }, displayName = "Fatima el Amrani", function = "Klachtbehandelaar" });
        var unknownRole = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "rol@focus.example", password = Password, roles = new[] { "SuperUser" }, displayName = "Rol Test", function = "Klachtbehandelaar" });
        var duplicate = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = FocusApp.UserFor(AppRoles.Handler), password = Password, roles = new[] { AppRoles.Handler }, displayName = "Fatima el Amrani", function = "Klachtbehandelaar" });
        var users = await administrator.GetFromJsonAsync<JsonElement>("/api/admin/users/");
        var self = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == FocusApp.UserFor(AppRoles.Administrator)).GetProperty("id").GetString();
        var demote = await administrator.PutAsJsonAsync($"/api/admin/users/{self}/roles", new { roles = new[] { AppRoles.Handler }, displayName = "Fatima el Amrani", function = "Klachtbehandelaar" });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("minstens 12 tekens", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Onbekende rol", await unknownRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Er is al een account", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("rol beheerder niet afnemen", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(users.GetArrayLength(), (await administrator.GetFromJsonAsync<JsonElement>("/api/admin/users/")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/api/admin/users/")).StatusCode);
    }

    private Task<HttpResponseMessage> TokenAsync(string email, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/token", new { email, password });

    private async Task<HttpClient> SignInAsync(string email)
    {
        var token = await (await TokenAsync(email, Password)).Content.ReadFromJsonAsync<JsonElement>();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task An_account_signs_with_the_name_and_function_the_administrator_gives_it_never_with_its_address()
    {
        var administrator = await app.ClientForAsync(AppRoles.Administrator);

        var nameless = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "naamloos@focus.example", password = Password, roles = new[] { AppRoles.Handler } });
        var address = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "adres@focus.example", password = Password, roles = new[] { AppRoles.Handler }, displayName = "adres@focus.example", function = "Klachtbehandelaar" });
        var created = await administrator.PostAsJsonAsync("/api/admin/users/", new { email = "bram@focus.example", password = Password, roles = new[] { AppRoles.Handler }, displayName = "Bram Kok", function = "Klachtbehandelaar" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var renamed = await administrator.PutAsJsonAsync($"/api/admin/users/{id}/profile", new { displayName = "Bram de Kok", function = "Senior klachtbehandelaar" });

        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains("onder brieven", await nameless.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, address.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var signature = await app.InScopeAsync(services =>
            services.GetRequiredService<IStaffDirectory>().SignatureOfAsync("bram@focus.example", CancellationToken.None));
        Assert.Equal(new StaffSignature("Bram de Kok", "Senior klachtbehandelaar"), signature);
        var demo = await app.InScopeAsync(services =>
            services.GetRequiredService<IStaffDirectory>().SignatureOfAsync(FocusApp.UserFor(AppRoles.Handler), CancellationToken.None));
        Assert.Equal(new StaffSignature("Anna de Vries", "Klachtbehandelaar"), demo);
    }
}
