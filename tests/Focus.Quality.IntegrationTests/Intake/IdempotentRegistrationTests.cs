using System.Net;
using System.Text;
using System.Text.Json;
using Focus.Quality.IntegrationTests.Security;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>
/// A submission carries an idempotency key (the forms render one, API clients send one): a retry with the same key within
/// 24 hours answers the first reference and stores nothing, so a resubmit or a double click is one complaint.
/// </summary>
public sealed class IdempotentRegistrationTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task The_same_key_twice_on_the_public_api_is_one_complaint_with_one_reference()
    {
        var client = app.CreateClient();
        var key = Guid.NewGuid().ToString();
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var first = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);
        var second = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(before + 1, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task The_same_key_twice_in_the_staff_api_body_is_one_complaint_with_one_reference()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var key = Guid.NewGuid();
        var complaint = JsonSerializer.SerializeToNode(Api.StaffComplaint(DateTimeOffset.UtcNow.AddHours(-1)))!.AsObject();
        complaint["idempotencyKey"] = key;
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var first = await PostAsync(handler, "/api/complaints", complaint, key: null);
        var second = await PostAsync(handler, "/api/complaints", complaint, key: null);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(before + 1, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task Different_keys_are_different_complaints()
    {
        var client = app.CreateClient();
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var first = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), Guid.NewGuid().ToString());
        var second = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.NotEqual(first.Reference, second.Reference);
        Assert.Equal(before + 2, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task A_key_that_is_not_a_guid_is_refused_in_Dutch()
    {
        var response = await app.CreateClient().SendAsync(Request("/api/public/complaints", Api.PublicComplaint(), "nogmaals"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(HostileCorpus.IsDutchValidationProblem(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task After_24_hours_the_key_is_free_again_and_belongs_to_the_new_complaint()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var own = new FocusApp(FocusApp.NewDataDirectory(), services: services => services.AddSingleton<TimeProvider>(clock));
        var client = own.CreateClient();
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);

        clock.Advance(TimeSpan.FromHours(23));
        var withinADay = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);
        clock.Advance(TimeSpan.FromHours(2));
        var dayLater = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);
        var retryOfThat = await PostAsync(client, "/api/public/complaints", Api.PublicComplaint(), key);

        Assert.Equal(first.Reference, withinADay.Reference);
        Assert.Equal(HttpStatusCode.Created, dayLater.Status);
        Assert.NotEqual(first.Reference, dayLater.Reference);
        Assert.Equal(dayLater.Reference, retryOfThat.Reference);
        Assert.Equal(2, await own.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task Staff_cannot_register_a_complaint_as_received_through_the_public_web_form()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await handler.PostAsJsonAsync("/api/complaints", Api.StaffComplaint(DateTimeOffset.UtcNow.AddHours(-1), channel: "WebForm"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("digitale klachtenformulier", errors.GetProperty("Channel")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Theory]
    [InlineData("/api/complaints", "channel", "\"2\"")]
    [InlineData("/api/complaints", "channel", "2")]
    [InlineData("/api/public/complaints", "category", "\"1\"")]
    [InlineData("/api/public/complaints", "preferredContact", "0")]
    public async Task A_number_for_a_choice_is_refused_in_Dutch_on_both_apis(string path, string field, string json)
    {
        var client = path == "/api/complaints" ? await app.ClientForAsync(AppRoles.Handler) : app.CreateClient();
        var complaint = JsonSerializer.SerializeToNode(path == "/api/complaints" ? Api.StaffComplaint(DateTimeOffset.UtcNow.AddHours(-1)) : Api.PublicComplaint())!.AsObject();
        complaint[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await client.PostAsync(path, new StringContent(complaint.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(HostileCorpus.IsDutchValidationProblem(body), body);
        Assert.Contains(field, body, StringComparison.Ordinal);
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    private static HttpRequestMessage Request(string path, object complaint, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(complaint) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private static async Task<(HttpStatusCode Status, string? Reference)> PostAsync(HttpClient client, string path, object complaint, string? key)
    {
        var response = await client.SendAsync(Request(path, complaint, key));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.TryGetProperty("reference", out var reference) ? reference.GetString() : null);
    }
}
