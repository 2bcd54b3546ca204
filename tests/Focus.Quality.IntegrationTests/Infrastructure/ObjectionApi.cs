using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>The director's objection API as the tests call it.</summary>
public static class ObjectionApi
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<HttpResponseMessage> RegisterAsync(HttpClient director, string reference, DateOnly receivedOn, (string Name, byte[] Bytes)? original = null)
    {
        var (name, bytes) = original ?? ("bezwaar.pdf", "%PDF-1.4 bezwaar"u8.ToArray());
        using var content = new MultipartFormDataContent
        {
            { new StringContent(reference), "reference" },
            { new StringContent(Iso(receivedOn)), "receivedOn" },
            { new StringContent("Letter"), "via" },
            { new StringContent("Ik ben het niet eens met de reactie."), "grounds" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        return await director.PostAsync("/api/objections", content);
    }

    /// <summary>Runs a step and returns what it made (its letter's id, or the objection's).</summary>
    public static async Task<Guid> StepAsync(HttpClient director, string reference, string step, object form)
    {
        var response = await director.PostAsJsonAsync($"/api/objections/{reference}/{step}", form, Api.Json);
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A complaint with a written response dated <paramref name="letterDate"/>, known to the Objections module.</summary>
    public static async Task<(HttpClient Director, HttpClient Handler, string Reference)> RespondedCaseAsync(FocusApp app, DateOnly letterDate)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var director = await app.ClientForAsync(AppRoles.Director);
        var received = new DateTimeOffset(letterDate.AddDays(-3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var reference = await Api.RegisterAsync(handler, received, email: "fatima@example.org");
        await Api.CaseAsync(handler, reference);
        var responded = await handler.PostAsJsonAsync($"/api/cases/{reference}/response", new
        {
            summary = "Samenvatting.", solution = "Oplossing.", judgement = "Unfounded", letterDate = Iso(letterDate),
        });
        Assert.Equal(HttpStatusCode.Created, responded.StatusCode);
        await Eventually.TrueAsync(async () =>
            (await director.GetFromJsonAsync<List<string>>("/api/objections/open-to-objection"))!.Contains(reference));
        return (director, handler, reference);
    }
}
