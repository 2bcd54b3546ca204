using System.Net;
using System.Text.Json;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.ScaleOut;

/// <summary>Rules published on one instance reach the other instances on the same database without a restart.</summary>
public sealed class PublishedRulesTests
{
    [Fact]
    public async Task A_rule_set_published_on_one_instance_is_used_by_the_other_within_its_refresh_interval()
    {
        var data = FocusApp.NewDataDirectory();
        var quickRefresh = new Dictionary<string, string?> { ["Rules:RefreshInterval"] = "00:00:00.200" };
        await using var first = new FocusApp(data, quickRefresh);
        await using var second = new FocusApp(data, quickRefresh);
        _ = second.CreateClient();
        Assert.Equal("v1", Terms(second));
        var officer = await first.ClientForAsync(AppRoles.QualityOfficer);
        var current = await officer.GetFromJsonAsync<JsonElement>("/api/rules/terms/versions/1");

        var draft = await officer.PostAsJsonAsync("/api/rules/terms/versions", new { content = current.GetProperty("content").GetString(), comment = "Zelfde regels, nieuwe versie" });
        var number = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/rules/terms/versions/{number}/publish", new { comment = "Getest in de proefomgeving." })).StatusCode);

        Assert.Equal($"v{number}", Terms(first));
        await Eventually.TrueAsync(() => Task.FromResult(Terms(second) == $"v{number}"), TimeSpan.FromSeconds(10));
    }

    private static string Terms(FocusApp app) => app.Services.GetRequiredService<RuleBook>().Current.Sources[RuleSetKind.Terms].Label;
}
