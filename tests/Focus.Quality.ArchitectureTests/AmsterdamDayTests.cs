using ArchUnitNET.Domain.Extensions;

namespace Focus.Quality.ArchitectureTests;

/// <summary>
/// The procedure counts Amsterdam days. A server keeps its own zone (UTC in a container), whose date is yesterday's for an
/// hour or two after midnight: screens that took their date from there offered yesterday as the latest receipt date and
/// left the night's complaints off the dashboard.
/// </summary>
public sealed class AmsterdamDayTests
{
    private static readonly string[] ServersOwnClock =
    [
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTime System.DateTime::get_Now()",
        "System.DateTimeOffset System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset System.TimeProvider::GetLocalNow()",
        "System.DateTime System.DateTime::ToLocalTime()",
        "System.DateTimeOffset System.DateTimeOffset::ToLocalTime()",
    ];

    [Fact]
    public void No_code_of_the_app_takes_the_date_or_time_from_the_servers_own_zone()
    {
        var calls = ModuleBorderTests.Architecture.Types
            .SelectMany(type => type.Members.SelectMany(member => member.GetMethodCallDependencies()).Select(call => (Caller: type.FullName, Called: call.TargetMember.FullName)))
            .ToList();
        Assert.Contains(calls, call => call.Called == "System.DateTimeOffset System.TimeProvider::GetUtcNow()");

        Assert.Empty(calls.Where(call => ServersOwnClock.Contains(call.Called)).Select(call => $"{call.Caller} calls {call.Called}").Distinct());
    }
}
