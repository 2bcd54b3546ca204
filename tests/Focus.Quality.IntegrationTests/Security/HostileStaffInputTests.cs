using System.Globalization;
using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// The staff corpus (Security/Corpus/staff-and-files.tsv) against notes, logged contacts, the response letter and case
/// references: each input is refused with a Dutch validation error or kept as sent and shown as text; nothing answers 5xx.
/// </summary>
public sealed class HostileStaffInputTests(FocusApp app) : IClassFixture<FocusApp>
{
    private static readonly List<(string Target, string Value)> Corpus = HostileCorpus.Load("staff-and-files.tsv");

    [Fact]
    public async Task Notes_and_logged_contacts_are_refused_in_Dutch_or_kept_as_text()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        await Api.CaseAsync(handler, reference);
        var problems = new List<string>();
        var kept = new List<(string Target, string Value)>();

        foreach (var (target, value) in Corpus.Where(c => c.Target is "note" or "communication"))
        {
            var response = target == "note"
                ? await handler.PostAsJsonAsync($"/api/cases/{reference}/notes", new { note = value })
                : await handler.PostAsJsonAsync($"/api/cases/{reference}/communications", new { channel = "PhoneCall", direction = "Incoming", at = DateTimeOffset.UtcNow.AddMinutes(-5), summary = value });
            await Classify(response, target, value, problems, () => kept.Add((target, value)));
        }

        var details = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray()
            .Select(e => e.GetProperty("details").ValueKind == JsonValueKind.String ? e.GetProperty("details").GetString()! : string.Empty).ToList();
        var page = await handler.GetStringAsync($"/zaken/{reference}");
        foreach (var (target, value) in kept)
        {
            var sent = HostileCorpus.AsJsonCarriesIt(value).Trim();
            if (!details.Any(d => d == sent || d.EndsWith("|" + sent, StringComparison.Ordinal)))
            {
                problems.Add($"{target}={HostileCorpus.Show(value)}: accepted but not kept as sent");
            }

            if (HostileCorpus.Markup().IsMatch(value) && page.Contains(value, StringComparison.Ordinal))
            {
                problems.Add($"{target}={HostileCorpus.Show(value)}: the case page shows it as markup");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} inputs misbehaved ({kept.Count} kept):\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task Response_texts_become_letter_text_exactly_or_are_refused_in_Dutch()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var problems = new List<string>();
        var letters = 0;

        foreach (var (target, value) in Corpus.Where(c => c.Target == "response"))
        {
            var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
            await Api.CaseAsync(handler, reference);
            var response = await handler.PostAsJsonAsync($"/api/cases/{reference}/response", new
            {
                summary = value, solution = "Een vaste vervanger.", judgement = "Founded", letterDate = AmsterdamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
            await Classify(response, target, value, problems, () => { });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                letters++;
                var text = Letters.Text(await handler.GetByteArrayAsync(response.Headers.Location));
                // What XML cannot carry (control characters, U+FFFF) is dropped from the letter, the rest stays as written.
                if (!text.Contains(DocxTemplate.XmlSafe(HostileCorpus.AsJsonCarriesIt(value)).Trim().ReplaceLineEndings("\n"), StringComparison.Ordinal))
                {
                    problems.Add($"{target}={HostileCorpus.Show(value)}: the letter does not show the text as written");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} inputs misbehaved ({letters} letters made):\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task Bad_case_references_are_not_found_never_an_error_page()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var problems = new List<string>();

        foreach (var (_, value) in Corpus.Where(c => c.Target == "reference"))
        {
            if (value.Contains("%00", StringComparison.Ordinal))
            {
                // The in-memory test server refuses to build such a request at all; Kestrel answers it with 400.
                await Assert.ThrowsAsync<InvalidOperationException>(() => handler.GetAsync($"/api/cases/{value}"));
                continue;
            }

            var api = await handler.GetAsync($"/api/cases/{value}");
            var page = await handler.GetAsync($"/zaken/{value}");
            if (api.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
            {
                problems.Add($"GET /api/cases/{HostileCorpus.Show(value)}: {(int)api.StatusCode}");
            }

            if ((int)page.StatusCode >= 500 || (HostileCorpus.Markup().IsMatch(Uri.UnescapeDataString(value)) && (await page.Content.ReadAsStringAsync()).Contains(Uri.UnescapeDataString(value), StringComparison.Ordinal)))
            {
                problems.Add($"GET /zaken/{HostileCorpus.Show(value)}: {(int)page.StatusCode} or markup shown");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task Classify(HttpResponseMessage response, string target, string value, List<string> problems, Action accepted)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode)
        {
            accepted();
        }
        else if (response.StatusCode != HttpStatusCode.BadRequest || !HostileCorpus.IsDutchValidationProblem(body))
        {
            problems.Add($"{target}={HostileCorpus.Show(value)}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}");
        }
    }
}
