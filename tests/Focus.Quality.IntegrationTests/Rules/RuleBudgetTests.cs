using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.IntegrationTests.Security;
using Focus.Quality.Rules.Persistence;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Rules;

/// <summary>
/// Issue 16: a rule that throws, or is too heavy, on some complaint is refused before publishing; one that still fails
/// on a real complaint opens the case anyway, with its term to be set by hand and an alert, instead of an endless retry.
/// </summary>
public sealed class RuleBudgetTests
{
    private const string FirstRule = "AcknowledgeWithinFiveWorkingDays";
    private const string FirstRuleInDutch = "Bevestiging binnen 5 werkdagen";

    [Fact]
    public async Task A_draft_whose_expression_throws_for_some_complaints_is_invalid_and_cannot_be_published()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);

        var draft = await SaveAsync(officer, WithFirstExpression(await PublishedTermsAsync(officer), "input.Channel.Substring(5) == \"x\""));
        var publish = await officer.PostAsJsonAsync($"/api/rules/terms/versions/{draft.GetProperty("number").GetInt32()}/publish", new { comment = "Getest in de proefomgeving." });

        Assert.False(draft.GetProperty("isValid").GetBoolean());
        var problem = Assert.Single(draft.GetProperty("problems").EnumerateArray());
        Assert.Contains($"Regel '{FirstRuleInDutch}'", problem.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("geeft een fout", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains(FirstRuleInDutch, await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_bench_refuses_in_Dutch_within_its_budget_a_rule_too_heavy_for_the_input_tried()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        // Light for every representative complaint, but each 'a' of the channel becomes 1,500 characters.
        var expression = $"input.Channel.Replace(\"a\", \"{new string('x', 1500)}\").Length > 0";
        var draft = await SaveAsync(officer, WithFirstExpression(await PublishedTermsAsync(officer), expression));
        Assert.True(draft.GetProperty("isValid").GetBoolean(), draft.GetRawText());
        var started = Stopwatch.StartNew();

        var bench = await officer.PostAsJsonAsync("/api/rules/test-bench", new
        {
            trigger = "ComplaintReceived", startDate = "2026-11-02", channel = new string('a', 8000), category = "Other", kind = "Terms", number = draft.GetProperty("number").GetInt32(),
        });

        var body = await bench.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bench.StatusCode);
        Assert.True(HostileCorpus.IsDutchValidationProblem(body), body);
        Assert.Contains(FirstRuleInDutch, body, StringComparison.Ordinal);
        Assert.Contains("MB geheugen", body, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"The test bench took {started.Elapsed}.");
    }

    [Fact]
    public async Task A_published_rule_that_fails_on_a_real_complaint_opens_the_case_with_the_term_to_be_set_by_hand_and_an_alert()
    {
        await using var app = new FocusApp();
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        // Throws only for the public form's complaints about treatment: published before the budget check existed.
        await PublishWithoutValidationAsync(app, WithFirstExpression(
            await PublishedTermsAsync(officer), "input.Trigger == \"ComplaintReceived\" && (input.Category != \"Treatment\" || input.Channel.Substring(20) == \"x\")"));

        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        var @case = await Api.CaseAsync(handler, reference);

        var acknowledgement = Api.Term(@case, "Acknowledgement");
        Assert.Equal("NeedsDate", acknowledgement.GetProperty("state").GetString());
        Assert.Contains("startIndex", acknowledgement.GetProperty("ruleFailure").GetString(), StringComparison.Ordinal);
        Assert.Equal("Open", Api.Term(@case, "Response").GetProperty("state").GetString());
        var alert = await Eventually.GetAsync(async () => (await FailedDeliveriesAsync(administrator))
            .Cast<JsonElement?>().FirstOrDefault(d => d!.Value.GetProperty("subject").GetString() is { } subject && subject.Contains(reference, StringComparison.Ordinal)));
        Assert.Equal("RuleFailed", alert!.Value.GetProperty("event").GetString());
        Assert.Contains($"Termijn Bevestiging van {reference} handmatig vaststellen: de termijnregel voor ‘Bevestiging’ kon niet worden toegepast", alert.Value.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FirstRule, alert.Value.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("startIndex", alert.Value.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, alert.Value.GetProperty("nextAttemptAt").ValueKind);
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        await Eventually.TrueAsync(() => Task.FromResult(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Select(File.ReadAllText)
            .Any(mail => mail.Contains(FocusApp.UserFor(AppRoles.QualityOfficer), StringComparison.Ordinal) && mail.Contains(reference, StringComparison.Ordinal))));
        await Eventually.TrueAsync(() => app.InScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().OutboxMessages.AllAsync(m => m.ProcessedAtUtc != null)));
        Assert.All(await FailedDeliveriesAsync(administrator), d => Assert.Equal("RuleFailed", d.GetProperty("event").GetString()));

        var due = AmsterdamTime.Today(TimeProvider.System).AddDays(10);
        var set = await handler.PostAsJsonAsync($"/api/cases/{reference}/term-extension", new { termCode = "Acknowledgement", newDueDate = due, reason = "Vastgesteld volgens de procedure: 5 werkdagen" });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var after = Api.Term(await Api.CaseAsync(handler, reference), "Acknowledgement");
        Assert.Equal(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.GetProperty("dueDate").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("ruleFailure").ValueKind);
        Assert.DoesNotContain(await FailedDeliveriesAsync(administrator), d => d.GetProperty("subject").GetString()?.Contains(reference, StringComparison.Ordinal) == true);
    }

    private static async Task PublishWithoutValidationAsync(FocusApp app, string content) =>
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RulesDbContext>();
            var current = await db.Versions.SingleAsync(v => v.Kind == RuleSetKind.Terms && v.State == RuleSetState.Published);
            current.Retire();
            await db.SaveChangesAsync();
            var version = RuleSetVersion.Draft(RuleSetKind.Terms, current.Number + 1, content, "rules/terms.json", "Gepubliceerd voor de controle bestond", isValid: true, DateTimeOffset.UtcNow);
            version.Publish("rules/terms.json", DateTimeOffset.UtcNow, "Gepubliceerd vóór de budgetcontrole.", []);
            db.Versions.Add(version);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<RuleSetVersions>().LoadPublishedAsync(CancellationToken.None);
        });

    private static async Task<List<JsonElement>> FailedDeliveriesAsync(HttpClient administrator) =>
        [.. (await administrator.GetFromJsonAsync<JsonElement>("/api/operations/failed-deliveries/")).EnumerateArray()];

    private static string WithFirstExpression(string terms, string expression)
    {
        var copy = JsonNode.Parse(terms)!;
        copy[0]!["Rules"]![0]!["Expression"] = expression;
        return copy.ToJsonString();
    }

    private static async Task<string> PublishedTermsAsync(HttpClient officer)
    {
        var history = await officer.GetFromJsonAsync<JsonElement>("/api/rules/terms/versions");
        var number = history.EnumerateArray().Single(v => v.GetProperty("state").GetString() == "Published").GetProperty("number").GetInt32();
        return (await officer.GetFromJsonAsync<JsonElement>($"/api/rules/terms/versions/{number}")).GetProperty("content").GetString()!;
    }

    private static async Task<JsonElement> SaveAsync(HttpClient officer, string content)
    {
        var response = await officer.PostAsJsonAsync("/api/rules/terms/versions", new { content, comment = "Proef met een zware regel" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
