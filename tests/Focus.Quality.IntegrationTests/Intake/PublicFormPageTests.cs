using System.Net;
using System.Text.RegularExpressions;
using Focus.Quality.Shared.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>The public form as a browser without JavaScript uses it: a plain HTML form post with an antiforgery token.</summary>
public sealed partial class PublicFormPageTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task An_English_language_browser_still_gets_the_Dutch_form()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync("/klacht-indienen");

        Assert.Contains("Klacht indienen", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"nl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_is_Dutch_by_default_and_English_on_request()
    {
        var client = app.CreateClient();

        var dutch = await client.GetStringAsync("/klacht-indienen");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = await client.GetStringAsync("/klacht-indienen");

        Assert.Contains("Klacht indienen", dutch, StringComparison.Ordinal);
        Assert.Contains("File a complaint", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_form_shows_a_receipt_with_the_reference()
    {
        var client = app.CreateClient();
        var token = await AntiforgeryTokenAsync(client);

        var response = await client.PostAsync("/klacht-indienen", Form(token, name: "Klaas Visser"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"data-testid=""reference"">KL-\d{4}-\d{5}<", html);
    }

    [Fact]
    public async Task Posting_the_form_redirects_to_a_receipt_that_a_reload_does_not_submit_again()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (token, key) = await FreshFormAsync(client);
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var posted = await client.PostAsync("/klacht-indienen", Form(token, name: "Klaas Visser", key));
        var receipt = await client.GetStringAsync(posted.Headers.Location);
        var reloaded = await client.GetStringAsync(posted.Headers.Location);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.StartsWith("/klacht-indienen/ontvangen/", posted.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(ReferenceOn(receipt), ReferenceOn(reloaded));
        Assert.Equal(before + 1, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task The_same_form_posted_twice_is_one_complaint_and_both_answers_show_its_reference()
    {
        var client = app.CreateClient();
        var (token, key) = await FreshFormAsync(client);
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var first = await (await client.PostAsync("/klacht-indienen", Form(token, name: "Dubbel Geklikt", key))).Content.ReadAsStringAsync();
        var second = await (await client.PostAsync("/klacht-indienen", Form(token, name: "Dubbel Geklikt", key))).Content.ReadAsStringAsync();

        Assert.Equal(ReferenceOn(first), ReferenceOn(second));
        Assert.Equal(before + 1, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Fact]
    public async Task Every_showing_of_the_form_carries_its_own_key()
    {
        var client = app.CreateClient();

        var (_, first) = await FreshFormAsync(client);
        var (_, second) = await FreshFormAsync(client);

        Assert.True(Guid.TryParse(first, out _), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_receipt_address_that_was_not_handed_out_shows_no_reference()
    {
        var html = await app.CreateClient().GetStringAsync("/klacht-indienen/ontvangen/KL-2026-00001");

        Assert.DoesNotContain("KL-2026-00001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reference\"", html, StringComparison.Ordinal);
        Assert.Contains("niet (meer) geldig", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_errors_shows_them_in_Dutch_and_keeps_the_input()
    {
        var client = app.CreateClient();
        var token = await AntiforgeryTokenAsync(client);

        var html = await (await client.PostAsync("/klacht-indienen", Form(token, name: ""))).Content.ReadAsStringAsync();

        Assert.Contains("&#x27;Naam&#x27; mag niet leeg zijn.", html, StringComparison.Ordinal);
        Assert.Contains("Mijn uitkering is te laat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reference\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_and_the_receipt_state_the_terms_of_the_published_rules()
    {
        // An app of its own: publishing rules changes what every later visitor reads.
        await using var own = new FocusApp();
        var officer = await own.ClientForAsync(AppRoles.QualityOfficer);
        var client = own.CreateClient();
        Assert.Contains("binnen 5 werkdagen een bevestiging en binnen 4 weken een schriftelijke reactie", await client.GetStringAsync("/klacht-indienen"), StringComparison.Ordinal);

        var published = await RuleApi.PublishedAsync(officer, "terms");
        await RuleApi.PublishAsync(officer, "terms", published.Replace("\"Count\": 5", "\"Count\": 6", StringComparison.Ordinal), "Bevestigen binnen 6 werkdagen");
        var (token, key) = await FreshFormAsync(client);
        var form = await client.GetStringAsync("/klacht-indienen");
        var receipt = await (await client.PostAsync("/klacht-indienen", Form(token, name: "Termijn Lezer", key))).Content.ReadAsStringAsync();

        Assert.Contains("binnen 6 werkdagen een bevestiging en binnen 4 weken een schriftelijke reactie", form, StringComparison.Ordinal);
        ReferenceOn(receipt);
        Assert.Contains("U hoort binnen 6 werkdagen van ons; binnen 4 weken ontvangt u een schriftelijke reactie.", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_takes_a_postal_address_and_ties_each_error_to_its_field()
    {
        var client = app.CreateClient();
        var token = await AntiforgeryTokenAsync(client);
        var fields = new Dictionary<string, string>
        {
            ["Form.StreetAndNumber"] = "Stationsweg 1",
            ["Form.Postcode"] = "9999",
            ["Form.City"] = "Zwolle",
        };

        var html = await (await client.PostAsync("/klacht-indienen", Form(token, name: "", extra: fields))).Content.ReadAsStringAsync();

        Assert.Contains("value=\"Stationsweg 1\"", html, StringComparison.Ordinal);
        var name = NameInput().Match(html).Value;
        Assert.Contains("aria-invalid=\"true\"", name, StringComparison.Ordinal);
        Assert.Matches(@"aria-describedby=""([^""]* )?ComplainantName-error[ ""]", name);
        Assert.Contains("id=\"ComplainantName-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Vul een Nederlandse postcode in", html, StringComparison.Ordinal);

        fields["Form.Postcode"] = "8011 aa";
        var receipt = await (await client.PostAsync("/klacht-indienen", Form(await AntiforgeryTokenAsync(client), name: "Post Ontvanger", extra: fields))).Content.ReadAsStringAsync();
        var @case = await Api.CaseAsync(await app.ClientForAsync(AppRoles.Handler), ReferenceOn(receipt));
        Assert.Equal("8011 AA", @case.GetProperty("complaint").GetProperty("postalAddress").GetProperty("postcode").GetString());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await app.CreateClient().PostAsync("/klacht-indienen", Form(token: null, name: "Zonder token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client) => (await FreshFormAsync(client)).Token;

    private static async Task<(string Token, string Key)> FreshFormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/klacht-indienen");
        return (TokenInput().Match(html).Groups[1].Value, KeyInput().Match(html).Groups[1].Value);
    }

    private static string ReferenceOn(string html)
    {
        var reference = ReferenceShown().Match(html);
        Assert.True(reference.Success, "The page shows no reference.");
        return reference.Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(string? token, string name, string? key = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "public-complaint",
            ["Form.ComplainantName"] = name,
            ["Form.Email"] = "klaas@example.org",
            ["Form.PreferredContact"] = "Email",
            ["Form.Category"] = "WayOfWorking",
            ["Form.Description"] = "Mijn uitkering is te laat en niemand belt terug.",
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        if (key is not null)
        {
            fields["Form.IdempotencyKey"] = key;
        }

        foreach (var (field, value) in extra ?? new Dictionary<string, string>())
        {
            fields[field] = value;
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("name=\"Form.IdempotencyKey\" value=\"([^\"]*)\"")]
    private static partial Regex KeyInput();

    [GeneratedRegex(@"<input[^>]*name=""Form.ComplainantName""[^>]*>")]
    private static partial Regex NameInput();

    [GeneratedRegex(@"data-testid=""reference"">(KL-\d{4}-\d{5})<")]
    private static partial Regex ReferenceShown();
}
