using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class TermSignalTests
{
    [Fact]
    public async Task A_term_in_its_warning_window_is_warned_once_and_a_passed_term_is_breached_once_with_mail_to_the_handler()
    {
        var data = FocusApp.NewDataDirectory();
        var fastJob = new Dictionary<string, string?> { ["Handling:TermSignals:Interval"] = "00:00:00.200" };
        string warned;
        string breached;
        await using (var app = new FocusApp(data, fastJob))
        {
            var handler = await app.ClientForAsync(AppRoles.Handler);
            warned = await Api.RegisterAsync(handler, WorkingDaysAgo(4));
            breached = await Api.RegisterAsync(handler, WorkingDaysAgo(12));

            await Eventually.TrueAsync(async () => Kinds(await Api.CaseAsync(handler, warned)).Contains("TermWarning"));
            await Eventually.TrueAsync(async () => Kinds(await Api.CaseAsync(handler, breached)).Contains("TermBreached"));
            await Task.Delay(1000); // several more rounds of the job
        }

        // A restarted app (or a second instance) raises nothing twice.
        await using var restarted = new FocusApp(data, fastJob);
        var client = await restarted.ClientForAsync(AppRoles.Handler);
        await Task.Delay(1000);
        Assert.Single(Kinds(await Api.CaseAsync(client, warned)), k => k == "TermWarning");
        Assert.DoesNotContain("TermBreached", Kinds(await Api.CaseAsync(client, warned)));
        Assert.Single(Kinds(await Api.CaseAsync(client, breached)), k => k == "TermBreached");
        var mails = Directory.GetFiles(Path.Combine(data, "mail-pickup"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Single(mails, m => m.Contains($"Termijn verloopt binnenkort: klacht {warned}", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains($"Termijn overschreden: klacht {breached}", StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains($"To: {FocusApp.UserFor(AppRoles.Handler)}", m, StringComparison.Ordinal));
    }

    private static List<string> Kinds(JsonElement @case) =>
        [.. @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    /// <summary>Weekdays only; a holiday in between moves the due date a day later, which the assertions allow for.</summary>
    private static DateTimeOffset WorkingDaysAgo(int days)
    {
        var day = DateTime.UtcNow.Date;
        while (days > 0)
        {
            day = day.AddDays(-1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return new DateTimeOffset(day.AddHours(10), TimeSpan.Zero);
    }
}
