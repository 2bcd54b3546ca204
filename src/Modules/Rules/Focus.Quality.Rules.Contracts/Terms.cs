namespace Focus.Quality.Rules.Contracts;

public enum TermUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,
}

/// <summary>Why a day did not count as a working day.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);

/// <summary>What starts a term clock, with what the rules may look at.</summary>
public sealed record TermRequest(string Trigger, DateTimeOffset StartedAt, string Channel, string Category);

/// <summary>A deadline as the rules computed it when its clock started; stored as-is on the case.</summary>
public sealed record ComputedTerm(
    string Code,
    string RuleName,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly WarnFrom,
    TermUnit Unit,
    int Count,
    bool RunsToNextWorkingDay,
    IReadOnlyList<SkippedDay> SkippedDays,
    string RulesVersion);

public static class TermTriggers
{
    public const string ComplaintReceived = "ComplaintReceived";
}

public static class TermCodes
{
    public const string Acknowledgement = "Acknowledgement";
    public const string Response = "Response";
}
