using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// The hostile-input corpus (Security/Corpus/public-complaint.tsv) against the public complaint form's API: every input
/// gets a Dutch validation error or is stored exactly as sent and shown as text; nothing answers 5xx.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public async Task Every_hostile_public_submission_is_refused_in_Dutch_or_stored_harmlessly()
    {
        var corpus = HostileCorpus.Load("public-complaint.tsv");
        Assert.True(corpus.Count >= 200, $"The corpus should hold at least 200 inputs, it holds {corpus.Count}.");
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["RateLimiting:PublicIntakePermitLimit"] = "100000" });
        var anonymous = app.CreateClient();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var problems = new List<string>();
        var stored = new List<(string Reference, string Field, string Value)>();

        foreach (var (field, value) in corpus)
        {
            // The public form takes no receipt date (the server's clock is the receipt); staff registration does.
            var (client, path, complaint) = field == "receivedAt"
                ? (handler, "/api/complaints", JsonSerializer.SerializeToNode(Api.StaffComplaint(DateTimeOffset.UtcNow))!.AsObject())
                : (anonymous, "/api/public/complaints", JsonSerializer.SerializeToNode(Api.PublicComplaint())!.AsObject());
            complaint["phone"] = "06 1234 5678";
            complaint[field] = value;
            var response = await client.PostAsync(path, new StringContent(complaint.ToJsonString(), Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    stored.Add((JsonNode.Parse(body)!["reference"]!.GetValue<string>(), field, value));
                    break;
                case HttpStatusCode.BadRequest when !HostileCorpus.IsDutchValidationProblem(body):
                    problems.Add($"{field}={HostileCorpus.Show(value)}: not a Dutch validation error: {body[..Math.Min(body.Length, 200)]}");
                    break;
                case HttpStatusCode.BadRequest:
                    break;
                default:
                    problems.Add($"{field}={HostileCorpus.Show(value)}: {(int)response.StatusCode}");
                    break;
            }
        }

        foreach (var (reference, field, value) in stored)
        {
            var @case = await Api.CaseAsync(handler, reference);
            var complaint = @case.GetProperty("complaint");
            if (complaint.TryGetProperty(field, out var kept) && kept.ValueKind == JsonValueKind.String && !StoredAsSent(field, value, kept.GetString()!))
            {
                problems.Add($"{field}={HostileCorpus.Show(value)}: stored as {HostileCorpus.Show(kept.GetString()!)}");
            }

            if (HostileCorpus.Markup().IsMatch(value) && (await handler.GetStringAsync($"/zaken/{reference}")).Contains(value, StringComparison.Ordinal))
            {
                problems.Add($"{field}={HostileCorpus.Show(value)}: the case page shows it as markup, not text");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {corpus.Count} inputs misbehaved ({stored.Count} stored):\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// As sent, give or take what cannot or need not be kept: surrounding spaces, the letter case of a choice, and a
    /// lone UTF-16 surrogate (not a character; JSON carries it as U+FFFD).
    /// </summary>
    private static bool StoredAsSent(string field, string sent, string kept) =>
        kept == sent || kept == sent.Trim()
        || (field is "category" or "preferredContact" && string.Equals(kept, sent.Trim(), StringComparison.OrdinalIgnoreCase))
        || kept == HostileCorpus.AsJsonCarriesIt(sent);

}
