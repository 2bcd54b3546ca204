using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.IntegrationTests.Portal;

/// <summary>The quality officer's limit on a pause (rules/terms.json, 10 working days): the signal job flags the case once when it passes.</summary>
public sealed class PauseLimitTests
{
    /// <summary>Monday 23 November 2026, 09:00 in Amsterdam: a pause from today may last until Monday 7 December.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_pause_longer_than_the_limit_is_flagged_once_on_the_case_and_the_limit_ends_when_the_term_resumes()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var app = new FocusApp(FocusApp.NewDataDirectory(), services: services => services.AddSingleton<TimeProvider>(clock));
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, Monday);
        await Api.CaseAsync(handler, reference);
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsJsonAsync($"/api/cases/{reference}/information-request", new { request = "Uw polisnummer." })).StatusCode);

        var limit = Api.Term(await Api.CaseAsync(handler, reference), "PauseLimit");
        Assert.Equal("2026-12-07", limit.GetProperty("dueDate").GetString());
        Assert.False(limit.GetProperty("canBeExtended").GetBoolean());

        clock.Advance(TimeSpan.FromDays(14)); // Monday 7 December: the last day of the pause
        await Eventually.TrueAsync(async () => (await PauseSignalsAsync(app, reference)).Contains("TermWarning"));
        clock.Advance(TimeSpan.FromDays(1)); // Tuesday 8 December: the pause is too long
        await Eventually.TrueAsync(async () => (await PauseSignalsAsync(app, reference)).Contains("TermBreached"));
        clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(1000);

        Assert.Single(await PauseSignalsAsync(app, reference), k => k == "TermBreached");
        handler = await app.ClientForAsync(AppRoles.Handler);
        Assert.Equal("Overdue", Api.Term(await Api.CaseAsync(handler, reference), "PauseLimit").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await handler.PostAsync($"/api/cases/{reference}/information-request/resume", null)).StatusCode);
        var resumed = await Api.CaseAsync(handler, reference);
        Assert.Equal("2026-12-08", Api.Term(resumed, "PauseLimit").GetProperty("completedOn").GetString());
    }

    /// <summary>The warnings and breaches of the pause limit on the case's timeline; a fresh sign-in, as the fake days pass.</summary>
    private static async Task<List<string>> PauseSignalsAsync(FocusApp app, string reference)
    {
        var @case = await Api.CaseAsync(await app.ClientForAsync(AppRoles.Handler), reference);
        return [.. @case.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("details").ValueKind == JsonValueKind.String && e.GetProperty("details").GetString()!.StartsWith("PauseLimit=", StringComparison.Ordinal))
            .Select(e => e.GetProperty("kind").GetString()!)];
    }
}
