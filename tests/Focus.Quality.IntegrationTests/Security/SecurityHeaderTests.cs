using System.Net;

namespace Focus.Quality.IntegrationTests.Security;

public sealed class SecurityHeaderTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Theory]
    [InlineData("/klacht-indienen")]
    [InlineData("/login")]
    [InlineData("/api/worklist")]
    public async Task Every_response_forbids_framing_sniffing_and_foreign_scripts(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_hsts()
    {
        await using var production = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["AllowedHosts"] = "klachten.focus.example" });
        var client = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://klachten.focus.example") });

        var response = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task The_public_form_refuses_a_post_without_its_antiforgery_token()
    {
        var response = await app.CreateClient().PostAsync("/klacht-indienen", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/klacht-indienen")]
    [InlineData("/niet-gevonden")]
    public async Task Pages_hold_no_inline_script_that_the_policy_would_block(string path)
    {
        var html = await app.CreateClient().GetStringAsync(path);

        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?<attributes>[^>]*)>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains("src=", script.Groups["attributes"].Value, StringComparison.Ordinal));
    }
}
