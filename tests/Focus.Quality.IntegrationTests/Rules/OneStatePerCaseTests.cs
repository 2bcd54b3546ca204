using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Rules;

/// <summary>The workflow's state is the case's one state: a state a quality officer adds is what the case, the worklist and its filter know.</summary>
public sealed class OneStatePerCaseTests
{
    [Fact]
    public async Task A_case_in_a_state_the_officer_added_is_in_that_state_on_its_page_and_in_the_worklist_filter()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        await RuleApi.PublishAsync(officer, "workflow", WithReview(await RuleApi.PublishedAsync(officer, "workflow")), "Tweede lezer vóór verzending");
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-2));
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"/api/cases/{reference}/acknowledgement", new { method = "Phone", acknowledgedAt = DateTimeOffset.UtcNow })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/review", new { action = "SubmitForReview" })).StatusCode);
        var inReview = await Api.CaseAsync(handler, reference);
        var filtered = await handler.GetFromJsonAsync<JsonElement>("/api/worklist?status=Review");
        var acknowledged = await handler.GetFromJsonAsync<JsonElement>("/api/worklist?status=Acknowledged");

        Assert.Equal("Review", inReview.GetProperty("status").GetString());
        Assert.Equal("Open", inReview.GetProperty("category").GetString());
        Assert.Equal("Ter beoordeling", inReview.GetProperty("workflow").GetProperty("stateLabel").GetString());
        var row = Assert.Single(filtered.EnumerateArray(), r => r.GetProperty("reference").GetString() == reference);
        Assert.Equal("Ter beoordeling", row.GetProperty("status").GetString());
        Assert.DoesNotContain(acknowledged.EnumerateArray(), r => r.GetProperty("reference").GetString() == reference);
    }

    [Fact]
    public async Task A_workflow_whose_beginning_state_is_waiting_cannot_be_published_and_says_why_in_dutch()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var definition = JsonNode.Parse(await RuleApi.PublishedAsync(officer, "workflow"))!;
        definition["states"]!.AsArray().Single(s => (string)s!["id"]! == "Registered")!["category"] = "waiting";

        var draft = await RuleApi.SaveAsync(officer, "workflow", definition.ToJsonString(), "Begint met wachten");

        Assert.False(draft.GetProperty("isValid").GetBoolean());
        Assert.Contains("moet van de soort ‘In behandeling’ zijn", draft.GetRawText().Replace("\\u2018", "‘").Replace("\\u2019", "’"), StringComparison.Ordinal);
    }

    /// <summary>The published workflow with "Ter beoordeling" (being handled) between acknowledging and the response.</summary>
    private static string WithReview(string published)
    {
        var definition = JsonNode.Parse(published)!;
        definition["states"]!.AsArray().Add(new JsonObject { ["id"] = "Review", ["label"] = "Ter beoordeling", ["category"] = "open" });
        var transitions = definition["transitions"]!.AsArray();
        foreach (var respond in transitions.Where(t => (string)t!["from"]! == "Acknowledged" && (string)t["action"]! == "Respond").ToList())
        {
            transitions.Remove(respond);
        }

        transitions.Add(new JsonObject { ["from"] = "Acknowledged", ["to"] = "Review", ["action"] = "SubmitForReview" });
        transitions.Add(new JsonObject { ["from"] = "Review", ["to"] = "Responded", ["action"] = "Respond" });
        return definition.ToJsonString();
    }
}
