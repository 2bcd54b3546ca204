using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class AssignmentTests(FocusApp app) : IClassFixture<FocusApp>
{
    private static readonly string Handler = FocusApp.UserFor(AppRoles.Handler);

    [Fact]
    public async Task A_public_complaint_is_unassigned_until_a_handler_takes_it_and_then_shows_under_my_cases()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        var before = await Api.CaseAsync(handler, reference);

        var toDirector = await handler.PostAsJsonAsync($"/api/cases/{reference}/assignment", new { assignee = FocusApp.UserFor(AppRoles.Director) });
        var toHandler = await handler.PostAsJsonAsync($"/api/cases/{reference}/assignment", new { assignee = Handler });

        Assert.Equal(JsonValueKind.Null, before.GetProperty("assignedTo").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, toDirector.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toHandler.StatusCode);
        Assert.Equal(Handler, (await Api.CaseAsync(handler, reference)).GetProperty("assignedTo").GetString());
        Assert.Contains(reference, await References(handler, "assignedTo=me"));
    }

    [Fact]
    public async Task A_complaint_registered_by_a_handler_is_assigned_to_that_handler()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);

        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-2));

        Assert.Equal(Handler, (await Api.CaseAsync(handler, reference)).GetProperty("assignedTo").GetString());
    }

    [Fact]
    public async Task The_worklist_filters_by_channel_category_and_status()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var byEmail = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-3), channel: "Email");
        var byPhone = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-3), channel: "Phone");
        await Api.CaseAsync(handler, byEmail);
        await Api.CaseAsync(handler, byPhone);
        await handler.PostAsJsonAsync($"/api/cases/{byPhone}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow });

        var email = await References(handler, "channel=Email");
        var acknowledged = await References(handler, "status=Acknowledged");
        var treatment = await References(handler, "category=Treatment");
        var badStatus = await handler.GetAsync("/api/worklist?status=Nonsense");

        Assert.Contains(byEmail, email);
        Assert.DoesNotContain(byPhone, email);
        Assert.Contains(byPhone, acknowledged);
        Assert.DoesNotContain(byEmail, acknowledged);
        Assert.DoesNotContain(byEmail, treatment);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    private static async Task<List<string>> References(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/worklist?take=200&{query}")).EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];
}
