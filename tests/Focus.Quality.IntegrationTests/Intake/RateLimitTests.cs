using System.Net;

namespace Focus.Quality.IntegrationTests.Intake;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly FocusApp _app = new(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["RateLimiting:PublicIntakePermitLimit"] = "3" });

    [Fact]
    public async Task The_public_intake_refuses_a_fourth_submission_from_one_address_but_still_shows_the_form()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Api.SubmitPublicAsync(client);
        }

        var fourth = await client.PostAsJsonAsync("/api/public/complaints", Api.PublicComplaint());

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Te veel verzoeken", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/klacht-indienen")).StatusCode);
        Assert.Equal(3, await _app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
