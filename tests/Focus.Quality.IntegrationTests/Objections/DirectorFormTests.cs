using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Objections;

/// <summary>The director's forms refuse dates that cannot be true and name every problem of a form at once, in Dutch.</summary>
public sealed class DirectorFormTests
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_hearing_report_dated_in_the_future_is_refused_together_with_the_missing_fields()
    {
        await using var app = new FocusApp();
        var (director, _, reference) = await InvitedAsync(app, hearingOn: Today.AddDays(3));

        var response = await director.PostAsJsonAsync($"/api/objections/{reference}/hearing-report", new { heldOn = ObjectionApi.Iso(Today.AddDays(3)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["Attendees", "HeldOn", "Report"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("niet in de toekomst", errors["HeldOn"], StringComparison.Ordinal);
        Assert.Equal("Invited", (await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_settlement_dated_before_the_hearing_is_refused_together_with_a_missing_outcome()
    {
        await using var app = new FocusApp();
        var (director, _, reference) = await InvitedAsync(app, hearingOn: Today);
        await ObjectionApi.StepAsync(director, reference, "hearing-report", new { heldOn = ObjectionApi.Iso(Today), attendees = "Klager, directeur", report = "Geen overeenstemming." });

        var response = await director.PostAsJsonAsync($"/api/objections/{reference}/settlement", new { agreedOn = ObjectionApi.Iso(Today.AddDays(-1)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["AgreedOn", "AgreedOutcome"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("niet eerder zijn afgesproken dan het gesprek", errors["AgreedOn"], StringComparison.Ordinal);
        await ObjectionApi.StepAsync(director, reference, "settlement", new { agreedOn = ObjectionApi.Iso(Today), agreedOutcome = "Een nieuwe adviseur." });
    }

    [Fact]
    public async Task An_objection_without_grounds_and_without_its_original_names_both_at_once()
    {
        await using var app = new FocusApp();
        var (director, _, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(reference), "reference" },
            { new StringContent(ObjectionApi.Iso(Today)), "receivedOn" },
            { new StringContent("Letter"), "via" },
        };

        var response = await director.PostAsync("/api/objections", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["file", "Grounds"], errors.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal("Voeg het originele bezwaarschrift toe.", errors["file"]);
    }

    /// <summary>An objection registered today whose hearing is on <paramref name="hearingOn"/>, invited by a letter of today or that day.</summary>
    private static async Task<(HttpClient Director, HttpClient Handler, string Reference)> InvitedAsync(FocusApp app, DateOnly hearingOn)
    {
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, reference, Today)).StatusCode);
        await ObjectionApi.StepAsync(director, reference, "invitation", new
        {
            letterDate = ObjectionApi.Iso(Today), hearingAt = hearingOn.ToDateTime(new TimeOnly(9, 0)), form = "Phone", place = "06-00000000",
        });
        return (director, handler, reference);
    }

    /// <summary>The validation problem's errors, each field's messages joined.</summary>
    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => string.Join(" ", e.Value.EnumerateArray().Select(m => m.GetString())), StringComparer.Ordinal);
}
