using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

public sealed class SubjectExportTests
{
    [Fact]
    public async Task An_access_request_exports_what_every_module_holds_about_the_complainant()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var mine = await Api.SubmitPublicAsync(app.CreateClient(), Api.PublicComplaint("Wilma Verzoek", "Wilma.Verzoek@example.org"));
        var other = await Api.SubmitPublicAsync(app.CreateClient(), Api.PublicComplaint("Iemand Anders", "anders@example.org"));
        await Api.CaseAsync(handler, mine);
        await Api.CaseAsync(handler, other);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{mine}/notes", new { note = "Klaagt ook over de reistijd." })).StatusCode);

        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        var response = await administrator.GetAsync("/api/privacy/subject-export?email=wilma.verzoek@example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("inzageverzoek-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal([mine], export.GetProperty("complaints").EnumerateArray().Select(c => c.GetString()!));
        var text = export.GetProperty("sections").GetRawText();
        Assert.Contains("Wilma Verzoek", text, StringComparison.Ordinal);
        Assert.Contains("Mijn adviseur heeft mij niet teruggebeld.", text, StringComparison.Ordinal);
        Assert.Contains("Klaagt ook over de reistijd.", text, StringComparison.Ordinal);
        Assert.Contains(FocusApp.UserFor(AppRoles.Handler), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Iemand Anders", text, StringComparison.Ordinal);
        Assert.Equal(["Klacht", "E-mails", "Behandeling", "Bezwaar"], export.GetProperty("sections").EnumerateObject().Select(s => s.Name));
    }

    [Theory]
    [InlineData("+31612345678")]
    [InlineData("06-12345678")]
    [InlineData("0031 6 1234 5678")]
    [InlineData("+31 (0)6 12 34 56 78")]
    public async Task An_access_request_finds_the_complaints_by_phone_number_however_it_was_written(string asked)
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var byPhone = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        var international = await Api.SubmitPublicAsync(app.CreateClient(), PublicComplaintWithPhone("Fatima el Amrani", "+31 (0)6-1234-5678"));
        var other = await Api.SubmitPublicAsync(app.CreateClient(), PublicComplaintWithPhone("Iemand Anders", "06 8765 4321"));
        await Api.CaseAsync(handler, other);

        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        var response = await administrator.GetAsync($"/api/privacy/subject-export?phone={Uri.EscapeDataString(asked)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(new[] { byPhone, international }.Order(StringComparer.Ordinal), export.GetProperty("complaints").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal("0612345678", export.GetProperty("phone").GetString());
        Assert.DoesNotContain("Iemand Anders", export.GetProperty("sections").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_missing_address_is_answered_in_Dutch()
    {
        await using var app = new FocusApp();
        var administrator = await app.ClientForAsync(AppRoles.Administrator);

        var unknown = await administrator.GetAsync("/api/privacy/subject-export?email=niemand@example.org");
        var missing = await administrator.GetAsync("/api/privacy/subject-export");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("geen klachten", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("e-mailadres", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await administrator.GetAsync("/api/privacy/subject-export?phone=niemand@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await administrator.GetAsync("/api/privacy/subject-export?phone=bel-me")).StatusCode);
    }

    private static object PublicComplaintWithPhone(string name, string phone) => new
    {
        category = "Treatment",
        complainantName = name,
        phone,
        preferredContact = "Phone",
        description = "Mijn adviseur heeft mij niet teruggebeld.",
    };
}
