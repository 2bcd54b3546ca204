using System.Net;
using System.Text;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// A page on another site can make a signed-in browser send the sign-in cookie with a form or fetch; such writes are
/// refused, and the same writes from our own pages (or with a bearer token) still work.
/// </summary>
public sealed class CrossSiteRequestTests(FocusApp app) : IClassFixture<FocusApp>
{
    private const string Foreign = "https://evil.example";
    private const string Own = "http://localhost";

    [Fact]
    public async Task A_rules_import_with_the_cookie_from_another_site_is_refused_and_creates_no_draft()
    {
        var officer = await app.CookieClientForAsync(AppRoles.QualityOfficer);
        var before = await DraftCountAsync(officer);

        var foreign = await SendAsync(officer, HttpMethod.Post, "/api/rules/terms/import", await ImportFileAsync(), Foreign);
        var missing = await SendAsync(officer, HttpMethod.Post, "/api/rules/terms/import", await ImportFileAsync(), origin: null);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Contains("Verzoek geweigerd", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DraftCountAsync(officer));

        var own = await SendAsync(officer, HttpMethod.Post, "/api/rules/terms/import", await ImportFileAsync(), Own);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(before + 1, await DraftCountAsync(officer));
    }

    [Fact]
    public async Task An_objection_and_an_upload_with_the_cookie_from_another_site_are_refused()
    {
        var administrator = await app.CookieClientForAsync(AppRoles.Administrator);
        var objection = new MultipartFormDataContent
        {
            { new StringContent("KL-2026-00001"), "reference" },
            { new StringContent("2026-05-01"), "receivedOn" },
            { new StringContent("Letter"), "via" },
            { new StringContent("Ik ben het er niet mee eens."), "grounds" },
        };
        var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("tekst")), "file", "brief.txt" } };

        var objectionAnswer = await SendAsync(administrator, HttpMethod.Post, "/api/objections/", objection, Foreign);
        var uploadAnswer = await SendAsync(administrator, HttpMethod.Post, "/api/cases/KL-2026-00001/attachments", upload, Foreign);

        Assert.Equal(HttpStatusCode.Forbidden, objectionAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, uploadAnswer.StatusCode);
    }

    [Fact]
    public async Task Logging_out_from_another_site_is_refused_and_from_our_own_page_works()
    {
        var handler = await app.CookieClientForAsync(AppRoles.Handler);

        var foreign = await SendAsync(handler, HttpMethod.Post, "/logout", content: null, Foreign);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/api/worklist")).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_needs_no_origin()
    {
        var officer = await app.ClientForAsync(AppRoles.QualityOfficer);

        var answer = await SendAsync(officer, HttpMethod.Post, "/api/rules/terms/import", await ImportFileAsync(), origin: null);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content, string? origin)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private async Task<MultipartFormDataContent> ImportFileAsync()
    {
        var rules = await (await app.ClientForAsync(AppRoles.QualityOfficer)).GetStringAsync("/api/rules/terms/versions/1/export");
        return new MultipartFormDataContent { { new StringContent(rules, Encoding.UTF8, "application/json"), "file", "terms.json" } };
    }

    private static async Task<int> DraftCountAsync(HttpClient officer)
    {
        var versions = await officer.GetFromJsonAsync<JsonElement>("/api/rules/terms/versions");
        return versions.GetArrayLength();
    }
}
