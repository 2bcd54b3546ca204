using System.Net;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

public sealed class AccessTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Theory]
    [InlineData("/api/worklist")]
    [InlineData("/api/cases/KL-2026-00001")]
    [InlineData("/openapi/v1.json")]
    public async Task Staff_endpoints_refuse_anonymous_callers(string path) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task Registering_as_staff_needs_a_signed_in_user()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/complaints", Api.StaffComplaint(DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(AppRoles.Handler, HttpStatusCode.OK)]
    [InlineData(AppRoles.Director, HttpStatusCode.OK)]
    [InlineData(AppRoles.Administrator, HttpStatusCode.OK)]
    [InlineData(AppRoles.Management, HttpStatusCode.Forbidden)]
    [InlineData(AppRoles.QualityOfficer, HttpStatusCode.Forbidden)]
    public async Task Only_case_workers_see_the_worklist(string role, HttpStatusCode expected) =>
        Assert.Equal(expected, (await (await app.ClientForAsync(role)).GetAsync("/api/worklist")).StatusCode);

    [Theory]
    [InlineData("/werklijst")]
    [InlineData("/zaken/KL-2026-00001")]
    [InlineData("/klachten/registreren")]
    [InlineData("/rapportage")]
    [InlineData("/")]
    public async Task Staff_pages_send_an_anonymous_visitor_to_the_login(string path)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { email = FocusApp.UserFor(AppRoles.Handler), password = "fout" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_for_staff()
    {
        var document = await (await app.ClientForAsync(AppRoles.Handler)).GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/public/complaints", document, StringComparison.Ordinal);
        Assert.Contains("/api/cases/{reference}", document, StringComparison.Ordinal);
        Assert.Contains("/api/worklist", document, StringComparison.Ordinal);
    }
}
