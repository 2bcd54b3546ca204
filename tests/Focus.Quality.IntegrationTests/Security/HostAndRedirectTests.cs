using System.Net;
using System.Text.Json;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>Redirects stay on this app and its configured host names; problem answers speak Dutch.</summary>
public sealed class HostAndRedirectTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("~/werklijst")]
    public async Task The_language_switch_sends_a_foreign_return_address_home(string returnUrl)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/taal/en?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_request_for_a_host_name_that_is_not_ours_is_refused()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/werklijst");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_problem_has_a_Dutch_title()
    {
        var handler = await app.ClientForAsync(Focus.Quality.Shared.Security.AppRoles.Handler);

        var response = await handler.PostAsJsonAsync("/api/complaints", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
        Assert.Equal("Ongeldige invoer", title);
    }

    [Fact]
    public async Task An_unknown_address_shows_a_Dutch_page_with_a_way_back_and_the_API_keeps_a_bare_404()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/dit-adres-bestaat-niet");
        var api = await client.GetAsync("/api/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/klacht-indienen\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("<html", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
