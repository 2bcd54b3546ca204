using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// The staff corpus (Security/Corpus/staff-and-files.tsv) against uploads, rule-set and workflow drafts and the SLA
/// report's filters: refused in Dutch or harmless, never a 5xx, and nothing refused changes what is stored or in force.
/// </summary>
public sealed class HostileFileAndRuleInputTests(FocusApp app) : IClassFixture<FocusApp>
{
    private static readonly List<(string Target, string Value)> Corpus = HostileCorpus.Load("staff-and-files.tsv");

    [Fact]
    public async Task Uploads_that_are_not_what_they_say_are_refused_and_add_nothing()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        await Api.CaseAsync(handler, reference);
        var problems = new List<string>();
        var accepted = 0;

        foreach (var (_, value) in Corpus.Where(c => c.Target == "upload"))
        {
            var (name, content) = (value[..value.IndexOf('|')], Encoding.Latin1.GetBytes(value[(value.IndexOf('|') + 1)..]));
            var before = (await Api.CaseAsync(handler, reference)).GetProperty("documents").GetArrayLength();
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // Set by hand: HttpClient would refuse to send some of these names, a hostile client does not ask.
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{name}\"");
            form.Add(file);
            var response = await handler.PostAsync($"/api/cases/{reference}/attachments", form);
            var body = await response.Content.ReadAsStringAsync();
            var after = (await Api.CaseAsync(handler, reference)).GetProperty("documents").GetArrayLength();
            var executable = content.Length >= 2 && content[0] == 'M' && content[1] == 'Z';
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created when executable:
                    problems.Add($"{HostileCorpus.Show(name)}: a Windows executable was accepted");
                    break;
                case HttpStatusCode.Created:
                    accepted++;
                    await AssertServedAsStoredAsync(handler, response, content, name, problems);
                    break;
                case HttpStatusCode.BadRequest when HostileCorpus.IsDutchValidationProblem(body) && after == before:
                    break;
                default:
                    problems.Add($"{HostileCorpus.Show(name)}: {(int)response.StatusCode}, documents {before}→{after}: {body[..Math.Min(body.Length, 160)]}");
                    break;
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} uploads misbehaved ({accepted} accepted):\n{string.Join("\n", problems)}");
        // Plain text that merely looks hostile is a fine attachment: if none got through, the uploads never reached the check.
        Assert.True(accepted >= 3, $"Only {accepted} of the harmless uploads were accepted.");
    }

    [Fact]
    public async Task Hostile_rule_sets_and_workflows_are_saved_as_invalid_drafts_or_refused_and_never_published()
    {
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);
        var published = new Dictionary<string, int> { ["terms"] = await PublishedAsync(officer, "terms"), ["workflow"] = await PublishedAsync(officer, "workflow") };
        var terms = JsonNode.Parse((await officer.GetFromJsonAsync<JsonElement>($"/api/rules/terms/versions/{published["terms"]}")).GetProperty("content").GetString()!)!;
        var problems = new List<string>();

        foreach (var (target, value) in Corpus.Where(c => c.Target is "rule-expression" or "rule-json" or "workflow-json"))
        {
            var kind = target == "workflow-json" ? "workflow" : "terms";
            var content = target == "rule-expression" ? WithExpression(terms, value) : value;
            var saved = await officer.PostAsJsonAsync($"/api/rules/{kind}/versions", new { content, comment = "Vijandige invoer" });
            var body = await saved.Content.ReadAsStringAsync();
            if (saved.StatusCode == HttpStatusCode.OK)
            {
                var draft = JsonDocument.Parse(body).RootElement;
                var publish = await officer.PostAsJsonAsync($"/api/rules/{kind}/versions/{draft.GetProperty("number").GetInt32()}/publish", new { comment = "Getest in de proefomgeving." });
                if (draft.GetProperty("isValid").GetBoolean() || publish.StatusCode != HttpStatusCode.BadRequest)
                {
                    problems.Add($"{target}={HostileCorpus.Show(value)}: valid={draft.GetProperty("isValid")}, publish {(int)publish.StatusCode}");
                }
            }
            else if (saved.StatusCode != HttpStatusCode.BadRequest || !HostileCorpus.IsDutchValidationProblem(body))
            {
                problems.Add($"{target}={HostileCorpus.Show(value)}: {(int)saved.StatusCode} {body[..Math.Min(body.Length, 160)]}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} drafts misbehaved:\n{string.Join("\n", problems)}");
        Assert.Equal(published["terms"], await PublishedAsync(officer, "terms"));
        Assert.Equal(published["workflow"], await PublishedAsync(officer, "workflow"));
    }

    [Fact]
    public async Task Hostile_report_filters_give_a_Dutch_error_or_a_workbook_without_formulas()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        await Api.CaseAsync(handler, await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1)));
        var management = await app.ClientForAsync(AppRoles.Management);
        var problems = new List<string>();

        foreach (var (_, query) in Corpus.Where(c => c.Target == "report"))
        {
            var response = await management.GetAsync($"/api/reports/sla.xlsx?{query}");
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var workbook = new XLWorkbook(new MemoryStream(body));
                if (workbook.Worksheets.SelectMany(sheet => sheet.CellsUsed()).FirstOrDefault(cell => cell.HasFormula) is { } formula)
                {
                    problems.Add($"{HostileCorpus.Show(query)}: cell {formula.Address} holds a formula");
                }
            }
            else if (response.StatusCode != HttpStatusCode.BadRequest || !HostileCorpus.IsDutchValidationProblem(Encoding.UTF8.GetString(body)))
            {
                problems.Add($"{HostileCorpus.Show(query)}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 160)]}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task AssertServedAsStoredAsync(HttpClient handler, HttpResponseMessage created, byte[] content, string name, List<string> problems)
    {
        var served = await handler.GetAsync(created.Headers.Location);
        if (!(await served.Content.ReadAsByteArrayAsync()).SequenceEqual(content) || served.Content.Headers.ContentType?.MediaType is "text/html" or "image/svg+xml")
        {
            problems.Add($"{HostileCorpus.Show(name)}: served differently ({served.Content.Headers.ContentType})");
        }
    }

    private static string WithExpression(JsonNode terms, string expression)
    {
        var copy = terms.DeepClone();
        copy[0]!["Rules"]![0]!["Expression"] = expression;
        return copy.ToJsonString();
    }

    private static async Task<int> PublishedAsync(HttpClient officer, string kind) =>
        (await officer.GetFromJsonAsync<JsonElement>($"/api/rules/{kind}/versions")).EnumerateArray()
            .Single(v => v.GetProperty("state").GetString() == "Published").GetProperty("number").GetInt32();
}
