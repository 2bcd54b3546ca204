using System.Net;
using System.Text.RegularExpressions;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>The public form as a browser without JavaScript uses it: a plain HTML form post with an antiforgery token.</summary>
public sealed partial class PublicFormPageTests(FocusApp app) : IClassFixture<FocusApp>
{
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
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await app.CreateClient().PostAsync("/klacht-indienen", Form(token: null, name: "Zonder token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/klacht-indienen");
        return TokenInput().Match(html).Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(string? token, string name)
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

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
