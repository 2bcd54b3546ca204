using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

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
}
