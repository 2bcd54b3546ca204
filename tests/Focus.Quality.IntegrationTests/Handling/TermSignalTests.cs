using System.Text.Json;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.IntegrationTests.Handling;

/// <summary>The warning/breach job driven by an injected clock: days pass in the test, not on the wall.</summary>
public sealed class TermSignalTests
{
    /// <summary>Monday 23 November 2026, 09:00 in Amsterdam: the acknowledgement is due Monday 30 November, warned from Thursday 26.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_term_is_warned_once_in_its_window_and_breached_once_after_it_with_mail_to_the_assigned_handler()
    {
        var clock = new FakeTimeProvider(Monday);
        var data = FocusApp.NewDataDirectory();
        string reference;
        await using (var app = AppWith(clock, data))
        {
            var handler = await app.ClientForAsync(AppRoles.Handler);
            reference = await Api.RegisterAsync(handler, Monday);
            await Api.CaseAsync(handler, reference);

            clock.Advance(TimeSpan.FromDays(2)); // Wednesday: not yet in the warning window
            await Task.Delay(500);
            Assert.DoesNotContain("TermWarning", await KindsAsync(app, reference));

            clock.Advance(TimeSpan.FromDays(1)); // Thursday
            await Eventually.TrueAsync(async () => (await KindsAsync(app, reference)).Contains("TermWarning"));

            clock.Advance(TimeSpan.FromDays(5)); // Tuesday 1 December: the acknowledgement term has passed
            await Eventually.TrueAsync(async () => (await KindsAsync(app, reference)).Contains("TermBreached"));
            clock.Advance(TimeSpan.FromHours(2));
            await Task.Delay(500);
        }

        // A restarted app (or a second instance on the same database) raises nothing twice.
        await using (var restarted = AppWith(clock, data))
        {
            clock.Advance(TimeSpan.FromMinutes(30));
            await Task.Delay(1000);
            var kinds = await KindsAsync(restarted, reference);
            Assert.Single(kinds, k => k == "TermWarning");
            Assert.Single(kinds, k => k == "TermBreached");
        }

        var mails = Directory.GetFiles(Path.Combine(data, "mail-pickup"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Single(mails, m => m.Contains($"Termijn verloopt binnenkort: klacht {reference}", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains($"Termijn overschreden: klacht {reference}", StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains($"To: {FocusApp.UserFor(AppRoles.Handler)}", m, StringComparison.Ordinal));
    }

    private static FocusApp AppWith(FakeTimeProvider clock, string data) =>
        new(data, services: services => services.AddSingleton<TimeProvider>(clock));

    /// <summary>A fresh sign-in each time: tokens expire as the fake days pass.</summary>
    private static async Task<List<string>> KindsAsync(FocusApp app, string reference)
    {
        var @case = await Api.CaseAsync(await app.ClientForAsync(AppRoles.Handler), reference);
        return [.. @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];
    }
}
