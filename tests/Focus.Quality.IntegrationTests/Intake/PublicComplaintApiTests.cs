using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Intake;

public sealed class PublicComplaintApiTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task A_public_complaint_gets_a_reference_and_lands_on_the_worklist_with_its_terms()
    {
        var reference = await Api.SubmitPublicAsync(app.CreateClient());

        Assert.Matches(@"^KL-\d{4}-\d{5}$", reference);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal("WebForm", @case.GetProperty("complaint").GetProperty("channel").GetString());
        var acknowledgement = Api.Term(@case, "Acknowledgement");
        Assert.Equal("Open", acknowledgement.GetProperty("state").GetString());
        Assert.Equal(5, acknowledgement.GetProperty("daysLeft").GetInt32());
        var worklist = await handler.GetFromJsonAsync<JsonElement>($"/api/worklist?search={reference}");
        Assert.Equal(reference, Assert.Single(worklist.EnumerateArray()).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task An_invalid_complaint_gets_Dutch_field_errors_and_stores_nothing()
    {
        var client = app.CreateClient();
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await client.PostAsJsonAsync("/api/public/complaints", Api.PublicComplaint(name: "", email: "geen-adres"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal("'Naam' mag niet leeg zijn.", errors.GetProperty("ComplainantName")[0].GetString());
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task An_invalid_e_mail_address_is_refused_in_proper_Dutch()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/public/complaints", Api.PublicComplaint(email: "geen-adres"));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.", Assert.Single(errors.GetProperty("Email").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Concurrent_submissions_get_unique_references()
    {
        var client = app.CreateClient();

        var references = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Api.SubmitPublicAsync(client)));

        Assert.Equal(references.Length, references.Distinct().Count());
    }

    [Fact]
    public async Task The_public_endpoint_ignores_a_channel_or_receipt_date_sent_by_the_client()
    {
        var client = app.CreateClient();
        var reference = await Api.SubmitPublicAsync(client, new
        {
            channel = "Phone",
            receivedAt = "2020-01-01T00:00:00Z",
            category = "Other",
            complainantName = "Piet",
            phone = "0201234567",
            preferredContact = "Phone",
            description = "Test",
        });

        var @case = await Api.CaseAsync(await app.ClientForAsync(AppRoles.Handler), reference);

        Assert.Equal("WebForm", @case.GetProperty("complaint").GetProperty("channel").GetString());
        Assert.True(@case.GetProperty("receivedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}
