using System.Net;
using System.Text.Json;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class AcknowledgementTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task A_phone_complaint_received_on_a_friday_gets_its_terms_from_the_receipt_moment()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var friday = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

        var @case = await Api.CaseAsync(handler, await Api.RegisterAsync(handler, friday));

        var acknowledgement = Api.Term(@case, "Acknowledgement");
        Assert.Equal("2026-11-27", acknowledgement.GetProperty("dueDate").GetString());
        Assert.Equal("2026-12-18", Api.Term(@case, "Response").GetProperty("dueDate").GetString());
        Assert.Equal("WorkingDays", acknowledgement.GetProperty("unit").GetString());
        Assert.Contains("zaterdag", acknowledgement.GetProperty("skippedDays").GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("terms@", acknowledgement.GetProperty("rulesVersion").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["Received", "Registered", "TermsSet"],
            @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Acknowledging_in_time_meets_the_term_once_and_tells_reporting()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        var response = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Email", acknowledgedAt = DateTimeOffset.UtcNow, note = "Bevestigd per mail" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("onTime").GetBoolean());
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal("Met", Api.Term(@case, "Acknowledgement").GetProperty("state").GetString());
        Assert.Equal("Acknowledged", @case.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString());
        await Eventually.TrueAsync(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<ReportingDbContext>().Facts.AnyAsync(f => f.Reference == reference && f.AcknowledgedOnTime == true)));

        var again = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("al bevestigd", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_acknowledgement_can_be_e_mailed_from_the_template()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        var phoneOnly = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        await Api.CaseAsync(handler, reference);
        await Api.CaseAsync(handler, phoneOnly);

        var mailed = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Email", acknowledgedAt = DateTimeOffset.UtcNow, sendEmail = true });
        var noAddress = await handler.PostAsJsonAsync($"/api/cases/{phoneOnly}/acknowledgement", new { method = "Email", acknowledgedAt = DateTimeOffset.UtcNow, sendEmail = true });

        Assert.Equal(HttpStatusCode.OK, mailed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noAddress.StatusCode);
        Assert.Contains("geen e-mailadres", await noAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        var mail = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(File.ReadAllText).FirstOrDefault(m => m.Contains(reference, StringComparison.Ordinal))
            : null));
        Assert.Contains($"Subject: Ontvangstbevestiging van uw klacht {reference}", mail, StringComparison.Ordinal);
        var responseDue = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Response").GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(responseDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), mail, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_acknowledgement_is_recorded_as_late()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-20));
        await Api.CaseAsync(handler, reference);

        var response = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow });

        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("onTime").GetBoolean());
        Assert.Equal("Late", Api.Term(await Api.CaseAsync(handler, reference), "Acknowledgement").GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_acknowledgement_before_the_receipt_or_for_an_unknown_case_is_refused()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-2));
        await Api.CaseAsync(handler, reference);

        var early = await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow.AddDays(-3) });
        var unknown = await handler.PostAsJsonAsync("/api/cases/KL-1999-00001/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("AcknowledgedAt", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Registered", (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_worklist_puts_the_nearest_term_first_and_marks_overdue_cases()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var overdue = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-15));
        var fresh = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow);
        await Api.CaseAsync(handler, overdue);
        await Api.CaseAsync(handler, fresh);

        var all = (await handler.GetFromJsonAsync<JsonElement>("/api/worklist?take=200")).EnumerateArray().ToList();
        var overdueOnly = (await handler.GetFromJsonAsync<JsonElement>("/api/worklist?overdueOnly=true&take=200")).EnumerateArray().ToList();

        var dueDates = all.Select(i => DateOnly.Parse(i.GetProperty("dueDate").GetString()!)).ToList();
        Assert.Equal(dueDates.Order(), dueDates);
        Assert.True(all.FindIndex(i => i.GetProperty("reference").GetString() == overdue) < all.FindIndex(i => i.GetProperty("reference").GetString() == fresh));
        Assert.Equal("Overdue", overdueOnly.Single(i => i.GetProperty("reference").GetString() == overdue).GetProperty("state").GetString());
        Assert.DoesNotContain(overdueOnly, i => i.GetProperty("reference").GetString() == fresh);
    }
}
