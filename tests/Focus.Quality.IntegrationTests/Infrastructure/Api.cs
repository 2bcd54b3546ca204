using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>What the tests send and read, as JSON a client outside the app would see it.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object PublicComplaint(string name = "Jan Jansen", string? email = "jan@example.org") => new
    {
        category = "Treatment",
        complainantName = name,
        email,
        preferredContact = "Email",
        description = "Mijn adviseur heeft mij niet teruggebeld.",
    };

    /// <summary>A postal address as the forms take it: three fields, all or none.</summary>
    public sealed record Address(string? StreetAndNumber, string? Postcode, string? City);

    public static object StaffComplaint(DateTimeOffset receivedAt, string channel = "Phone", string? email = null, Address? address = null) => new
    {
        channel,
        receivedAt,
        category = "WayOfWorking",
        complainantName = "Fatima el Amrani",
        phone = "06 1234 5678",
        email,
        preferredContact = "Phone",
        description = "Afspraak drie keer verzet.",
        employeeConcerned = "A. de Vries",
        streetAndNumber = address?.StreetAndNumber,
        postcode = address?.Postcode,
        city = address?.City,
    };

    public static async Task<string> SubmitPublicAsync(HttpClient client, object? complaint = null)
    {
        var response = await client.PostAsJsonAsync("/api/public/complaints", complaint ?? PublicComplaint());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    public static async Task<string> RegisterAsync(HttpClient staff, DateTimeOffset receivedAt, string channel = "Phone", string? email = null, Address? address = null)
    {
        var response = await staff.PostAsJsonAsync("/api/complaints", StaffComplaint(receivedAt, channel, email, address));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    /// <summary>The case once Handling has received it through the outbox.</summary>
    public static async Task<JsonElement> CaseAsync(HttpClient staff, string reference)
    {
        var found = await Eventually.GetAsync<JsonElement?>(async () =>
        {
            var response = await staff.GetAsync($"/api/cases/{reference}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        });
        return found!.Value;
    }

    /// <summary>A complete written response (summary, solution, judgement) with the given letter date.</summary>
    public static Task<HttpResponseMessage> RespondAsync(HttpClient handler, string reference, DateOnly letterDate) =>
        handler.PostAsJsonAsync($"/api/cases/{reference}/response", new
        {
            summary = "Uw adviseur was twee weken onbereikbaar.\nWij excuseren ons.",
            solution = "Een vaste vervanger bij afwezigheid.",
            judgement = "PartlyFounded",
            letterDate = letterDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

    public static JsonElement Term(JsonElement @case, string code) =>
        @case.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);
}
