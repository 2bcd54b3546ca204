using System.Net;
using System.Text.Json;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.IntegrationTests.Security;

/// <summary>The retention job: two years after closing, personal data goes from every module; the figures stay.</summary>
public sealed class RetentionTests
{
    private const string Email = "retentie@example.org";
    private static readonly DateTimeOffset Start = new(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Closed_cases_are_anonymised_in_every_module_after_the_retention_period_and_keep_their_figures()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), new Dictionary<string, string?>
        {
            ["Handling:Closing:Interval"] = "1.00:00:00",
            ["Privacy:Retention:Interval"] = "1.00:00:00",
            ["Privacy:Retention:Months"] = "24",
            // Every timer fires for each interval the fake clock jumps over: daily keeps two years of jumps quick.
            ["TermSignals:Interval"] = "1.00:00:00",
        }, services => services.AddSingleton<TimeProvider>(clock));
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var director = await app.ClientForAsync(AppRoles.Director);
        var today = DateOnly.FromDateTime(Start.UtcDateTime);

        var quiet = await RespondedCaseAsync(handler, today);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{quiet}/notes", new { note = "Klager belde boos over A. de Vries." })).StatusCode);
        var objected = await RespondedCaseAsync(handler, today);
        await Eventually.TrueAsync(async () => (await director.GetFromJsonAsync<List<string>>("/api/objections/open-to-objection"))!.Contains(objected));
        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, objected, today)).StatusCode);
        await ObjectionApi.StepAsync(director, objected, "waiver", new { waivedOn = ObjectionApi.Iso(today), didNotAttend = false });
        await ObjectionApi.StepAsync(director, objected, "decision", new { decidedOn = ObjectionApi.Iso(today), judgement = "Unfounded", decision = "De reactie aan mevrouw blijft in stand." });

        // Sign-in tokens expire on the same clock: each jump in time needs a fresh sign-in.
        clock.Advance(TimeSpan.FromDays(60));
        handler = await app.ClientForAsync(AppRoles.Handler);
        await Eventually.TrueAsync(async () => await StatusAsync(handler, quiet) == "Closed" && await StatusAsync(handler, objected) == "Closed");
        clock.Advance(TimeSpan.FromDays(23 * 30));
        await Task.Delay(1000);
        handler = await app.ClientForAsync(AppRoles.Handler);
        Assert.False(IsAnonymised(await Api.CaseAsync(handler, quiet)), "Anonymised before the retention period had passed.");

        clock.Advance(TimeSpan.FromDays(60));
        (handler, director) = (await app.ClientForAsync(AppRoles.Handler), await app.ClientForAsync(AppRoles.Director));
        await Eventually.TrueAsync(async () => IsAnonymised(await Api.CaseAsync(handler, quiet)) && IsAnonymised(await Api.CaseAsync(handler, objected)));

        var @case = await Api.CaseAsync(handler, quiet);
        var text = @case.GetRawText();
        Assert.DoesNotContain("A. de Vries", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain("onbereikbaar", text, StringComparison.Ordinal);
        Assert.Empty(@case.GetProperty("documents").EnumerateArray());
        Assert.Equal("Closed", @case.GetProperty("status").GetString());
        Assert.Equal("PartlyFounded", @case.GetProperty("response").GetProperty("judgement").GetString());
        Assert.Equal("Met", Api.Term(@case, "Response").GetProperty("state").GetString());

        var objection = await Eventually.GetAsync(async () =>
        {
            var found = await director.GetFromJsonAsync<JsonElement>($"/api/objections/{objected}", Api.Json);
            return found.GetRawText().Contains("Anonymised", StringComparison.Ordinal) ? (JsonElement?)found : null;
        });
        Assert.DoesNotContain("mevrouw", objection!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ik ben het niet eens", objection.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(objection.Value.GetProperty("documents").EnumerateArray());

        var complaints = await Eventually.GetAsync(() => app.InScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<IntakeDbContext>().Complaints.AsNoTracking().ToListAsync();
            return rows.All(c => c.Email is null) ? rows : null;
        }));
        Assert.All(complaints!, c => Assert.Equal(("(geanonimiseerd)", "(geanonimiseerd)", null), (c.ComplainantName, c.Description, c.EmployeeConcerned)));
        Assert.All(complaints!, c => Assert.Equal((null, null, null), (c.StreetAndNumber, c.Postcode, c.City)));
        var administrator = await app.ClientForAsync(AppRoles.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/api/privacy/subject-export?email={Email}")).StatusCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "documents"), "*", SearchOption.AllDirectories));
    }

    private static async Task<string> RespondedCaseAsync(HttpClient handler, DateOnly today)
    {
        var reference = await Api.RegisterAsync(handler, Start.AddHours(-1), email: Email, address: new("Retentielaan 7", "3511 AA", "Utrecht"));
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.Created, (await Api.RespondAsync(handler, reference, today)).StatusCode);
        return reference;
    }

    private static async Task<string?> StatusAsync(HttpClient handler, string reference) =>
        (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString();

    private static bool IsAnonymised(JsonElement @case) =>
        @case.GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "Anonymised");
}
