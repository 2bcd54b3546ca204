using System.Globalization;
using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class WrittenResponseTests
{
    private const string Director = "T. Testdirecteur";

    [Fact]
    public async Task A_response_produces_a_Dutch_letter_starts_the_objection_term_and_is_mailed_to_the_pickup_folder()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Procedure:DirectorName"] = Director });
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);
        var letterDate = AmsterdamTime.Today(TimeProvider.System);

        var response = await Api.RespondAsync(handler, reference, letterDate);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var @case = await Api.CaseAsync(handler, reference);
        Assert.Equal("Responded", @case.GetProperty("status").GetString());
        Assert.Equal("Met", Api.Term(@case, "Response").GetProperty("state").GetString());
        var objection = Api.Term(@case, "Objection");
        Assert.Equal("Complainant", objection.GetProperty("owner").GetString());
        Assert.True(DateOnly.Parse(objection.GetProperty("dueDate").GetString()!) >= letterDate.AddDays(30));

        var letter = await handler.GetByteArrayAsync(response.Headers.Location);
        var text = Letters.Text(letter);
        Assert.Contains($"Ons kenmerk: {reference}", text, StringComparison.Ordinal);
        Assert.Contains("Wij vinden uw klacht gedeeltelijk gegrond.", text, StringComparison.Ordinal);
        Assert.Contains("Uw adviseur was twee weken onbereikbaar.\nWij excuseren ons.", text, StringComparison.Ordinal);
        Assert.Contains("Een vaste vervanger bij afwezigheid.", text, StringComparison.Ordinal);
        Assert.Contains(Director, text, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries\nKlachtbehandelaar, Focus Nederland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("behandelaar@focus.example", text, StringComparison.Ordinal);
        Assert.Contains("Stuur uw bezwaar per post naar Postbus 1234, 1000 AB Amsterdam, of per e-mail naar directeur@focus.example.", text, StringComparison.Ordinal);
        Assert.Contains(letterDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);

        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        var mail = await Eventually.GetAsync(() => Task.FromResult(Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml").Select(File.ReadAllText).FirstOrDefault() : null));
        Assert.Contains($"Subject: Reactie op uw klacht {reference}", mail, StringComparison.Ordinal);
        Assert.Contains("To: jan@example.org", mail, StringComparison.Ordinal);
        Assert.Contains($"schriftelijke-reactie-{reference}", mail, StringComparison.Ordinal);
        Assert.Contains("LetterMailed", string.Join(",", (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_mail_reaches_a_real_SMTP_server()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), smtp.AppSettings());
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System))).StatusCode);

        var message = await Eventually.GetAsync(() => Task.FromResult(smtp.Messages().FirstOrDefault()));
        Assert.Contains($"Subject: Reactie op uw klacht {reference}", message, StringComparison.Ordinal);
        Assert.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_closes_by_itself_when_the_objection_term_has_passed()
    {
        await using var app = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Handling:Closing:Interval"] = "00:00:00.200" });
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var received = DateTimeOffset.UtcNow.AddDays(-60);
        var reference = await Api.RegisterAsync(handler, received);
        await Api.CaseAsync(handler, reference);

        await Api.RespondAsync(handler, reference, DateOnly.FromDateTime(received.UtcDateTime).AddDays(1));

        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");
        var worklist = await handler.GetFromJsonAsync<JsonElement>($"/api/worklist?search={reference}");
        Assert.Empty(worklist.EnumerateArray());
    }

    [Fact]
    public async Task An_incomplete_or_second_response_is_refused_with_a_reason()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.SubmitPublicAsync(app.CreateClient());
        await Api.CaseAsync(handler, reference);

        var incomplete = await handler.PostAsJsonAsync($"/api/cases/{reference}/response", new { judgement = "Founded", letterDate = DateTime.UtcNow.ToString("yyyy-MM-dd") });
        await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System));
        var second = await Api.RespondAsync(handler, reference, AmsterdamTime.Today(TimeProvider.System));

        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("Samenvatting van de klacht", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Single((await Api.CaseAsync(handler, reference)).GetProperty("documents").EnumerateArray());
    }
}
