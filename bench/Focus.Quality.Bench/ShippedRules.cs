using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;

namespace Focus.Quality.Bench;

/// <summary>The rule files shipped in rules/, compiled, and one complaint received just before Christmas to run them on.</summary>
internal sealed record ShippedRules(string Directory, RuleSetSnapshot Snapshot, WorkingDayCalendar Calendar, TermRules Terms, TermRequest Request)
{
    public static ShippedRules Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "rules");
        var snapshot = RuleFiles.Load(directory);
        var calendar = new WorkingDayCalendar(snapshot.Calendar);
        var receivedAt = new DateTimeOffset(2026, 12, 23, 10, 0, 0, TimeSpan.FromHours(1));
        return new ShippedRules(directory, snapshot, calendar, new TermRules(snapshot, calendar), new TermRequest(TermTriggers.ComplaintReceived, receivedAt, "Phone", "Treatment"));
    }
}
