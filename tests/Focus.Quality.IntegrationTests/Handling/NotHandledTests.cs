using System.Globalization;
using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class NotHandledTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task A_complaint_about_a_UWV_decision_is_advised_out_and_declared_not_handled_with_the_advising_rule()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient(), new
        {
            category = "Other",
            complainantName = "Ali Yilmaz",
            email = "ali@example.org",
            preferredContact = "Email",
            description = "Het UWV heeft mijn uitkering verlaagd en dat is onterecht.",
        });
        await Api.CaseAsync(handler, reference);

        var advice = await (await handler.PostAsJsonAsync($"/api/cases/{reference}/admissibility-advice", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var declared = await Declare(handler, reference, "OutsideSphereOfInfluence", overrideReason: null);

        Assert.Equal("OutsideSphereOfInfluence", Assert.Single(advice.EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal("NotHandled", @case.GetProperty("status").GetString());
        var decision = @case.GetProperty("notHandled");
        Assert.Equal("BenefitsDecisionOfUwvOrMunicipality", decision.GetProperty("advisingRule").GetString());
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("overrideReason").ValueKind);
        Assert.Equal("Met", Api.Term(@case, "Response").GetProperty("state").GetString());
        Assert.Equal("Complainant", Api.Term(@case, "Objection").GetProperty("owner").GetString());
        var letter = Letters.Text(await handler.GetByteArrayAsync(declared.Headers.Location));
        Assert.Contains("niet in behandeling te nemen", letter, StringComparison.Ordinal);
        Assert.Contains("Wij hebben hierover geen zeggenschap.", letter, StringComparison.Ordinal);
        Assert.Contains("Stuur uw bezwaar per post naar Postbus 1234, 1000 AB Amsterdam, of per e-mail naar directeur@focus.example.", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ground_no_rule_advises_needs_a_reason_and_then_records_the_override()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-1));
        await Api.CaseAsync(handler, reference);

        var withoutReason = await Declare(handler, reference, "AlreadyHandled", overrideReason: null);
        var withReason = await Declare(handler, reference, "AlreadyHandled", overrideReason: "Zelfde klacht als KL-2026-00003, toen afgehandeld.");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("Geen regel adviseert deze grond", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, withReason.StatusCode);
        var decision = (await Api.CaseAsync(handler, reference)).GetProperty("notHandled");
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("advisingRule").ValueKind);
        Assert.StartsWith("Zelfde klacht", decision.GetProperty("overrideReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_the_handler_established_change_the_advice()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-1));
        await Api.CaseAsync(handler, reference);

        var none = await Advice(handler, reference, new { });
        var old = await Advice(handler, reference, new { conductOn = DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inLegalProceedings = true });

        Assert.Empty(none);
        Assert.Equal(["InLegalProceedings", "OlderThanOneYear"], old.Order());
    }

    private static async Task<string[]> Advice(HttpClient handler, string reference, object facts) =>
        [.. (await (await handler.PostAsJsonAsync($"/api/cases/{reference}/admissibility-advice", facts)).Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray().Select(a => a.GetProperty("reason").GetString()!)];

    private static Task<HttpResponseMessage> Declare(HttpClient handler, string reference, string reason, string? overrideReason) =>
        handler.PostAsJsonAsync($"/api/cases/{reference}/not-handled", new
        {
            reason,
            motivation = "Uw klacht gaat over een besluit van UWV.\nWij hebben hierover geen zeggenschap.",
            overrideReason,
            letterDate = AmsterdamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
}
