using System.Net;
using System.Text.Json;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>A quality officer's round through /api/rules: read what is published, save a draft, publish it.</summary>
public static class RuleApi
{
    public static async Task<string> PublishedAsync(HttpClient officer, string kind)
    {
        var history = await officer.GetFromJsonAsync<JsonElement>($"/api/rules/{kind}/versions");
        var number = history.EnumerateArray().Single(v => v.GetProperty("state").GetString() == "Published").GetProperty("number").GetInt32();
        return (await officer.GetFromJsonAsync<JsonElement>($"/api/rules/{kind}/versions/{number}")).GetProperty("content").GetString()!;
    }

    public static async Task<JsonElement> SaveAsync(HttpClient officer, string kind, string content, string comment)
    {
        var response = await officer.PostAsJsonAsync($"/api/rules/{kind}/versions", new { content, comment });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Saves <paramref name="content"/> as a draft and publishes it.</summary>
    public static async Task PublishAsync(HttpClient officer, string kind, string content, string comment)
    {
        var draft = await SaveAsync(officer, kind, content, comment);
        var publish = await officer.PostAsJsonAsync($"/api/rules/{kind}/versions/{draft.GetProperty("number").GetInt32()}/publish", new { comment = "Getest in de proefomgeving." });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
    }
}
