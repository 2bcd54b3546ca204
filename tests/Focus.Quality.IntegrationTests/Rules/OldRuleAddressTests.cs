using System.Net;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Rules;

/// <summary>The rule editors moved to Dutch addresses; a bookmark or a link in an old mail still arrives.</summary>
public sealed class OldRuleAddressTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Theory]
    [InlineData("/regels/terms", "/regels/termijnen")]
    [InlineData("/regels/admissibility", "/regels/ontvankelijkheid")]
    [InlineData("/regels/objections", "/regels/bezwaar")]
    [InlineData("/regels/calendar", "/regels/kalender")]
    public async Task An_old_English_address_redirects_permanently_to_its_Dutch_page(string old, string dutch)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(dutch, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(AppRoles.QualityOfficer)).GetAsync(dutch)).StatusCode);
    }
}
