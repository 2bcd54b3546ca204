using System.Net;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

public sealed class AccountHygieneTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = new FocusApp();
        var client = app.CreateClient();
        var email = FocusApp.UserFor(AppRoles.Director);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { email, password = $"fout-{attempt}" })).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/token", new { email, password = FocusApp.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("geblokkeerd", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), new Dictionary<string, string?> { ["RateLimiting:LoginPermitLimit"] = "3" });
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/token", new { email = "iemand@example.org", password = "fout" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
