using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>The complainant's optional postal address: taken in with the complaint, and used where a letter goes by post.</summary>
public sealed class PostalAddressTests(FocusApp app) : IClassFixture<FocusApp>
{
    private static readonly Api.Address Dorpsstraat = new("Dorpsstraat 12", "6711ab", "Ede");

    [Fact]
    public async Task A_phone_complainants_address_stands_under_the_name_in_the_response_letter_and_on_the_case()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1), address: Dorpsstraat);
        var address = (await Api.CaseAsync(handler, reference)).GetProperty("complaint").GetProperty("postalAddress");
        Assert.Equal(("Dorpsstraat 12", "6711 AB", "Ede"), (address.GetProperty("streetAndNumber").GetString(), address.GetProperty("postcode").GetString(), address.GetProperty("city").GetString()));

        var response = await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = Letters.Text(await handler.GetByteArrayAsync(response.Headers.Location));
        Assert.Contains("Fatima el Amrani\nDorpsstraat 12\n6711 AB  EDE\n", text, StringComparison.Ordinal);
        var byPost = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "LetterByPost");
        Assert.Equal("Dorpsstraat 12, 6711 AB Ede", byPost.GetProperty("details").GetString());
    }

    [Fact]
    public async Task A_letter_without_an_address_has_no_placeholder_left_and_the_timeline_says_no_address_is_known()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(JsonValueKind.Null, (await Api.CaseAsync(handler, reference)).GetProperty("complaint").GetProperty("postalAddress").ValueKind);

        var response = await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System));

        var text = Letters.Text(await handler.GetByteArrayAsync(response.Headers.Location));
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        var byPost = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "LetterByPost");
        Assert.Equal(JsonValueKind.Null, byPost.GetProperty("details").ValueKind);
    }

    [Fact]
    public async Task An_address_with_only_a_postcode_is_refused_in_Dutch_and_nothing_is_stored()
    {
        var before = await app.InScopeAsync(Tables.ComplaintCountAsync);

        var response = await app.CreateClient().PostAsJsonAsync("/api/public/complaints", new
        {
            category = "Other",
            complainantName = "Alleen Postcode",
            email = "postcode@example.org",
            preferredContact = "Email",
            description = "Mijn brief kwam nooit aan.",
            postcode = "1234 AB",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        const string AllOrNone = "Vul straat en huisnummer, postcode en woonplaats alle drie in, of laat ze alle drie leeg.";
        Assert.Equal(AllOrNone, errors.GetProperty("StreetAndNumber")[0].GetString());
        Assert.Equal(AllOrNone, errors.GetProperty("City")[0].GetString());
        Assert.False(errors.TryGetProperty("Postcode", out _));
        Assert.Equal(before, await app.InScopeAsync(Tables.ComplaintCountAsync));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0123 AB")]
    [InlineData("B-1000")]
    public async Task A_postcode_that_is_not_Dutch_is_refused_in_Dutch(string postcode)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);

        var response = await handler.PostAsJsonAsync("/api/complaints", Api.StaffComplaint(DateTimeOffset.UtcNow.AddHours(-1), address: Dorpsstraat with { Postcode = postcode }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Vul een Nederlandse postcode in: vier cijfers en twee letters, zoals 1234 AB.", Assert.Single(errors.GetProperty("Postcode").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task The_access_request_export_holds_the_address()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var email = $"adres-{Guid.NewGuid():N}@example.org";
        await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1), email: email, address: new("Kerkplein 3a", "9711 BB", "Groningen"));

        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        var export = await administrator.GetStringAsync($"/api/privacy/subject-export?email={email}");

        Assert.Contains("Kerkplein 3a", export, StringComparison.Ordinal);
        Assert.Contains("9711 BB", export, StringComparison.Ordinal);
        Assert.Contains("Groningen", export, StringComparison.Ordinal);
    }
}
