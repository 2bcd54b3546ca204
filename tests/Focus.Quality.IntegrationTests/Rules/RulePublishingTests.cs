using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Rules;

/// <summary>Rule sets as versions through /api/rules: publishing changes what new cases get, never what existing cases have.</summary>
public sealed class RulePublishingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_published_terms_version_applies_to_new_cases_while_existing_cases_keep_their_terms_and_version()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var before = await Api.CaseAsync(handler, await Api.RegisterAsync(handler, Monday));

        var draft = await RuleApi.SaveAsync(officer, "terms", (await RuleApi.PublishedAsync(officer, "terms")).Replace("\"Count\": 5", "\"Count\": 3", StringComparison.Ordinal), "Bevestigen binnen 3 werkdagen");
        Assert.True(draft.GetProperty("isValid").GetBoolean());
        var whatIf = await officer.PostAsJsonAsync($"/api/rules/terms/versions/{draft.GetProperty("number").GetInt32()}/what-if", new { openOnly = true, max = 100 });
        var changed = (await whatIf.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").EnumerateArray().ToList();
        var existing = Assert.Single(changed, c => c.GetProperty("reference").GetString() == before.GetProperty("reference").GetString());
        var acknowledgement = Assert.Single(existing.GetProperty("terms").EnumerateArray());
        Assert.Equal("2026-11-09", acknowledgement.GetProperty("published").GetString());
        Assert.Equal("2026-11-05", acknowledgement.GetProperty("draft").GetString());

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/rules/terms/versions/{draft.GetProperty("number").GetInt32()}/publish", new { comment = "Getest in de proefomgeving." })).StatusCode);
        var after = await Api.CaseAsync(handler, await Api.RegisterAsync(handler, Monday));
        var reread = await Api.CaseAsync(handler, before.GetProperty("reference").GetString()!);

        Assert.Equal("2026-11-05", Api.Term(after, "Acknowledgement").GetProperty("dueDate").GetString());
        Assert.StartsWith("terms@v2+", Api.Term(after, "Acknowledgement").GetProperty("rulesVersion").GetString());
        Assert.Equal("2026-11-09", Api.Term(reread, "Acknowledgement").GetProperty("dueDate").GetString());
        Assert.StartsWith("terms@v1+", Api.Term(reread, "Acknowledgement").GetProperty("rulesVersion").GetString());
    }

    [Fact]
    public async Task An_invalid_draft_is_kept_but_cannot_be_published_and_the_published_version_stays_live()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var handler = await app.ClientForAsync(AppRoles.Handler);

        var broken = (await RuleApi.PublishedAsync(officer, "terms")).Replace("input.Trigger == \\\"ComplaintReceived\\\"", "input.Trigger == 5 &&", StringComparison.Ordinal);
        var draft = await RuleApi.SaveAsync(officer, "terms", broken, "Kapotte expressie");
        Assert.False(draft.GetProperty("isValid").GetBoolean());
        Assert.NotEmpty(draft.GetProperty("problems").EnumerateArray());

        var publish = await officer.PostAsJsonAsync($"/api/rules/terms/versions/{draft.GetProperty("number").GetInt32()}/publish", new { comment = "Getest in de proefomgeving." });
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("Bevestiging binnen 5 werkdagen", await publish.Content.ReadAsStringAsync());

        var history = await officer.GetFromJsonAsync<JsonElement>("/api/rules/terms/versions");
        Assert.Equal(["Draft", "Published"], history.EnumerateArray().Select(v => v.GetProperty("state").GetString()!));
        var @case = await Api.CaseAsync(handler, await Api.RegisterAsync(handler, Monday));
        Assert.Equal("2026-11-09", Api.Term(@case, "Acknowledgement").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Only_the_quality_officer_reaches_the_rules_and_the_test_bench_shows_skipped_days()
    {
        await using var app = new FocusApp();
        var director = await app.ClientForAsync(AppRoles.Director);
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync("/api/rules/terms/versions")).StatusCode);
        var bench = await officer.PostAsJsonAsync("/api/rules/test-bench", new { trigger = "ComplaintReceived", startDate = "2026-12-22", channel = "Phone", category = "Other" });
        var terms = (await bench.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("terms").EnumerateArray().ToList();
        var acknowledgement = terms.Single(t => t.GetProperty("code").GetString() == "Acknowledgement");

        Assert.Equal("2026-12-30", acknowledgement.GetProperty("dueDate").GetString());
        Assert.Contains(acknowledgement.GetProperty("skippedDays").EnumerateArray(), d => d.GetProperty("reason").GetString() == "Eerste Kerstdag");
    }
}
