using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>
/// Every page and API endpoint the app maps (read from its endpoint data source, so a new one cannot be forgotten), called
/// as each role and anonymously, against the matrix below. An endpoint missing from the matrix fails the test.
/// </summary>
public sealed partial class AccessMatrixTests(FocusApp app) : IClassFixture<FocusApp>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, .. AppRoles.All];
    private static readonly string[] SignedIn = [.. AppRoles.All];
    private static readonly string[] CaseWork = [AppRoles.Handler, AppRoles.Director, AppRoles.Administrator];
    private static readonly string[] Objections = [AppRoles.Director, AppRoles.Administrator];
    private static readonly string[] Rules = [AppRoles.QualityOfficer];
    private static readonly string[] Reports = [AppRoles.Management, AppRoles.Director];
    private static readonly string[] Administration = [AppRoles.Administrator];

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // Public
        ["GET /login"] = Everyone,
        ["GET /fout"] = Everyone,
        ["GET /niet-gevonden"] = Everyone,
        ["GET /klacht-indienen"] = Everyone,
        ["GET /klacht-indienen/ontvangen/{Token}"] = Everyone,
        ["GET /taal/{culture}"] = Everyone,
        ["GET /mijn-klacht/{Reference}"] = Everyone,
        ["GET /mijn-klacht/{Reference}/bezwaar"] = Everyone,
        ["GET /mijn-klacht/{Reference}/tevredenheid"] = Everyone,
        ["GET /mijn-klacht/{reference}/brieven/{documentId:guid}"] = Everyone,
        ["POST /api/public/complaints"] = Everyone,
        ["POST /api/auth/token"] = Everyone,

        // Any member of staff
        ["GET /"] = SignedIn,
        ["GET /geen-toegang"] = SignedIn,
        ["POST /logout"] = SignedIn,
        ["GET /openapi/{documentName}.json"] = SignedIn,

        // Case work: handlers, the director, the administrator — not management, not the quality officer
        ["GET /werklijst"] = CaseWork,
        ["GET /postvak"] = CaseWork,
        ["GET /zaken/{Reference}"] = CaseWork,
        ["GET /klachten/registreren"] = CaseWork,
        ["GET /signalen/registreren"] = CaseWork,
        ["GET /api/worklist"] = CaseWork,
        ["GET /api/cases/{reference}"] = CaseWork,
        ["GET /api/cases/{reference}/documents/{documentId:guid}"] = CaseWork,
        ["POST /api/complaints"] = CaseWork,
        ["POST /api/signals"] = CaseWork,
        ["POST /api/cases/{reference}/acknowledgement"] = CaseWork,
        ["POST /api/cases/{reference}/admissibility-advice"] = CaseWork,
        ["POST /api/cases/{reference}/assignment"] = CaseWork,
        ["POST /api/cases/{reference}/attachments"] = CaseWork,
        ["POST /api/cases/{reference}/communications"] = CaseWork,
        ["POST /api/cases/{reference}/information-request"] = CaseWork,
        ["POST /api/cases/{reference}/information-request/resume"] = CaseWork,
        ["POST /api/cases/{reference}/not-handled"] = CaseWork,
        ["POST /api/cases/{reference}/portal-link/renew"] = CaseWork,
        ["POST /api/cases/{reference}/portal-link/revoke"] = CaseWork,
        ["POST /api/cases/{reference}/notes"] = CaseWork,
        ["POST /api/cases/{reference}/response"] = CaseWork,
        ["POST /api/cases/{reference}/review"] = CaseWork,
        ["POST /api/cases/{reference}/term-extension"] = CaseWork,

        // Objections: the director decides (the administrator stands in)
        ["GET /bezwaren"] = Objections,
        ["GET /bezwaren/registreren"] = Objections,
        ["GET /bezwaren/{Reference}"] = Objections,
        ["GET /api/objections/"] = Objections,
        ["GET /api/objections/open-to-objection"] = Objections,
        ["GET /api/objections/{reference}"] = Objections,
        ["GET /api/objections/{reference}/documents/{documentId:guid}"] = Objections,
        ["POST /api/objections/"] = Objections,
        ["POST /api/objections/{reference}/decision"] = Objections,
        ["POST /api/objections/{reference}/hearing-report"] = Objections,
        ["POST /api/objections/{reference}/invitation"] = Objections,
        ["POST /api/objections/{reference}/late-decision"] = Objections,
        ["POST /api/objections/{reference}/settlement"] = Objections,
        ["POST /api/objections/{reference}/waiver"] = Objections,

        // Rules and workflow: only the quality officer
        ["GET /regels"] = Rules,
        ["GET /regels/kalender"] = Rules,
        ["GET /regels/publicaties"] = Rules,
        ["GET /regels/brieven"] = Rules,
        ["GET /regels/{Slug}"] = Rules,
        ["GET /werkwijze"] = Rules,
        ["GET /werkwijze/zaken-verplaatsen"] = Rules,
        ["GET /api/rules/{kind}/versions"] = Rules,
        ["GET /api/rules/{kind}/versions/{number:int}"] = Rules,
        ["GET /api/rules/{kind}/versions/{number:int}/export"] = Rules,
        ["POST /api/rules/{kind}/versions"] = Rules,
        ["POST /api/rules/{kind}/versions/{number:int}/publish"] = Rules,
        ["POST /api/rules/{kind}/versions/{number:int}/what-if"] = Rules,
        ["POST /api/rules/{kind}/import"] = Rules,
        ["POST /api/rules/test-bench"] = Rules,
        ["GET /api/rules/letters/{template}/versions"] = Rules,
        ["GET /api/rules/letters/{template}/versions/{number:int}/file"] = Rules,
        ["POST /api/rules/letters/{template}/versions"] = Rules,
        ["POST /api/rules/letters/{template}/versions/{number:int}/preview"] = Rules,
        ["GET /api/rules/letters/previews/{id:guid}/{format:regex(^(docx|pdf|txt)$)}"] = Rules,
        ["POST /api/rules/letters/{template}/versions/{number:int}/publish"] = Rules,

        // Reports: management and the director — figures, not case contents
        ["GET /rapportage"] = Reports,
        ["GET /api/reports/sla.xlsx"] = Reports,
        ["GET /api/reports/sla/exports/{id:guid}"] = Reports,
        ["GET /api/reports/annual/{year:int}.xlsx"] = Reports,
        ["POST /api/reports/read-model/rebuild"] = Reports,

        // Administration: accounts and roles, access requests (AVG), failed deliveries — the administrator only
        ["GET /beheer/verzending"] = Administration,
        ["GET /beheer/gebruikers"] = Administration,
        ["GET /beheer/inzageverzoek"] = Administration,
        ["GET /api/admin/users/"] = Administration,
        ["POST /api/admin/users/"] = Administration,
        ["PUT /api/admin/users/{id}/roles"] = Administration,
        ["PUT /api/admin/users/{id}/profile"] = Administration,
        ["POST /api/admin/users/{id}/block"] = Administration,
        ["POST /api/admin/users/{id}/password"] = Administration,
        ["GET /api/privacy/subject-export"] = Administration,
        ["GET /api/operations/failed-deliveries/"] = Administration,
        ["POST /api/operations/failed-deliveries/{id:guid}/retry"] = Administration,
    };

    /// <summary>Endpoints not called one by one, with the reason.</summary>
    private static readonly Dictionary<string, string> NotCalled = new()
    {
        ["* /_blazor"] = "Blazor's circuit hub; what a circuit may show is decided per page above",
        ["* /_blazor/negotiate"] = "Blazor's circuit hub",
        ["* /_blazor/disconnect/"] = "Blazor's circuit hub",
        ["* /_blazor/initializers/"] = "Blazor's circuit hub",
        ["GET /_framework/opaque-redirect"] = "Blazor's redirect helper for enhanced navigation; carries no data",
        ["GET /{**path:file}"] = "static file fallback (anonymous on purpose: scripts and styles of the login page)",
        ["GET /regels/{old:regex(^(terms|admissibility|objections|calendar)$)}"] = "the editors' English addresses of before: a permanent redirect to the Dutch page above, for everyone (OldRuleAddressTests)",
        ["* /{*path:nonfile}"] = "every unknown address: 404 and the not-found page for everyone (HostAndRedirectTests)",
    };

    /// <summary>Bodies for endpoints whose answer to an empty body would hide the authorization result.</summary>
    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["POST /api/auth/token"] = new { email = FocusApp.UserFor(AppRoles.Handler), password = FocusApp.DemoPassword },
    };

    private static readonly HashSet<string> Multipart = ["POST /api/cases/{reference}/attachments", "POST /api/objections/", "POST /api/rules/{kind}/import", "POST /api/rules/letters/{template}/versions"];

    [Fact]
    public async Task Every_page_and_endpoint_admits_exactly_the_roles_of_the_matrix()
    {
        var endpoints = Discover();
        var unknown = endpoints.Where(e => !Expected.ContainsKey(e) && !NotCalled.ContainsKey(e)).ToList();
        Assert.True(unknown.Count == 0, $"Not in the access matrix (add them with the roles that may use them): {string.Join(", ", unknown)}");
        Assert.Empty(Expected.Keys.Except(endpoints));

        var clients = new Dictionary<string, HttpClient> { [Anonymous] = NoRedirects(app.CreateClient()) };
        foreach (var role in AppRoles.All)
        {
            clients[role] = NoRedirects(await app.ClientForAsync(role));
        }

        var wrong = new List<string>();
        foreach (var (endpoint, allowed) in Expected)
        {
            foreach (var (who, client) in clients)
            {
                var response = await CallAsync(client, endpoint);
                if (Admitted(response) != allowed.Contains(who))
                {
                    wrong.Add($"{endpoint} as {who}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {Expected.Count * clients.Count} calls broke the matrix:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public async Task Every_write_with_the_sign_in_cookie_from_another_site_is_refused()
    {
        var writes = Discover().Where(e => !e.StartsWith("GET ", StringComparison.Ordinal) && !NotCalled.ContainsKey(e)).ToList();
        Assert.NotEmpty(writes);
        var cookies = new Dictionary<string, HttpClient>();
        foreach (var role in AppRoles.All)
        {
            cookies[role] = await app.CookieClientForAsync(role);
        }

        var admitted = new List<string>();
        foreach (var endpoint in writes)
        {
            var role = Expected[endpoint].FirstOrDefault(r => r != Anonymous) ?? AppRoles.Handler;
            var response = await CallAsync(cookies[role], endpoint, origin: "https://evil.example");
            if (response.StatusCode != HttpStatusCode.Forbidden || !(await response.Content.ReadAsStringAsync()).Contains("Verzoek geweigerd", StringComparison.Ordinal))
            {
                admitted.Add($"{endpoint} as {role}: {(int)response.StatusCode}");
            }
        }

        Assert.True(admitted.Count == 0, $"Cross-site writes with the sign-in cookie that were not refused:\n{string.Join("\n", admitted)}");
    }

    private List<string> Discover() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Where(method => method is not "HEAD")
                // A page answers POST only for its own enhanced forms; reading it is what access means.
                .Where(method => method != "POST" || e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
                .Select(method => $"{method} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct()];

    private static async Task<HttpResponseMessage> CallAsync(HttpClient client, string endpoint, string? origin = null)
    {
        var (method, pattern) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        var path = RouteParameter().Replace(pattern, match => SampleValue(match.Groups["name"].Value));
        if (method == "GET")
        {
            return await client.GetAsync(path);
        }

        // Routing answers 415 before authorization when the content type does not fit, so each gets what it accepts.
        HttpContent content = Multipart.Contains(endpoint)
            ? new MultipartFormDataContent { { new StringContent("x"), "note" } }
            : new StringContent(Bodies.TryGetValue(endpoint, out var custom) ? System.Text.Json.JsonSerializer.Serialize(custom) : "{}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private static string SampleValue(string parameter) => parameter switch
    {
        "reference" or "Reference" => "KL-2026-99999",
        "documentId" or "id" => Guid.NewGuid().ToString(),
        "kind" => "terms",
        "template" => "schriftelijke-reactie",
        "format" => "docx",
        "Slug" => "termijnen",
        "number" => "1",
        "year" => "2026",
        "documentName" => "v1",
        "culture" => "nl",
        "Token" => "verlopen",
        _ => throw new InvalidOperationException($"No sample value for route parameter '{parameter}'; add one."),
    };

    /// <summary>
    /// Refused means 401/403, or a page sending the caller to the login or the "no access" page to come back from
    /// (a ReturnUrl); logging out also ends on the login page, but with nothing to return to.
    /// </summary>
    private static bool Admitted(HttpResponseMessage response) =>
        response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        && !(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
             && response.Headers.Location?.OriginalString is { } location
             && location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase));

    private HttpClient NoRedirects(HttpClient signedIn)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    [GeneratedRegex(@"\{\**(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
