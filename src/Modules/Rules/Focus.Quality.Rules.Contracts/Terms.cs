namespace Focus.Quality.Rules.Contracts;

public enum TermUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,
}

/// <summary>Whose term it is: Focus's own deadlines go on the worklist, the complainant's (e.g. objection) do not.</summary>
public enum TermOwner
{
    Focus,
    Complainant,
}

/// <summary>
/// Which days a term that runs to the next working day may not end on: the company's working-day calendar (weekends,
/// holidays, closing days), or the list of the Algemene termijnenwet (weekends and its general holidays, 5 May every
/// year, no closing days) that governs the complainant's terms.
/// </summary>
public enum ExtensionDays
{
    WorkingDayCalendar,
    AlgemeneTermijnenwet,
}

/// <summary>Why a day did not count as a working day.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);

/// <summary>What starts a term clock, with what the rules may look at.</summary>
public sealed record TermRequest(string Trigger, DateTimeOffset StartedAt, string Channel, string Category);

/// <summary>
/// A deadline as the rules computed it when its clock started; stored as-is on the case. When its rule failed on this
/// request (<paramref name="RuleFailure"/> holds the error), nobody knows whether the term applies: the dates are what the
/// rule gives if it does, and a person must set the term by hand.
/// </summary>
public sealed record ComputedTerm(
    string Code,
    string RuleName,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly WarnFrom,
    TermUnit Unit,
    int Count,
    bool RunsToNextWorkingDay,
    ExtensionDays ExtendsWhenEndingOn,
    IReadOnlyList<SkippedDay> SkippedDays,
    string RulesVersion,
    TermOwner Owner = TermOwner.Focus,
    string? RuleFailure = null)
{
    /// <summary>The term, for a caller that cannot store one to be set by hand: its rule's failure is an error there, as it always was.</summary>
    public ComputedTerm Applied() =>
        RuleFailure is null ? this : throw new InvalidOperationException($"Term rule '{RuleName}' failed: {RuleFailure}");
}

public static class TermTriggers
{
    public const string ComplaintReceived = "ComplaintReceived";

    /// <summary>A response or "not handled" letter was sent; its date starts the objection term.</summary>
    public const string LetterSent = "LetterSent";

    /// <summary>The director received an objection; the hearing invitation is due a week later.</summary>
    public const string ObjectionReceived = "ObjectionReceived";

    /// <summary>The complainant waived the hearing (or let its date pass); the definitive decision is due.</summary>
    public const string HearingWaived = "HearingWaived";

    /// <summary>The handler asked the complainant for information and paused the response term; the pause limit runs.</summary>
    public const string InformationRequested = "InformationRequested";

    public static readonly IReadOnlyList<string> All = [ComplaintReceived, LetterSent, ObjectionReceived, HearingWaived, InformationRequested];
}

public static class TermCodes
{
    public const string Acknowledgement = "Acknowledgement";
    public const string Response = "Response";
    public const string Objection = "Objection";
    public const string HearingInvitation = "HearingInvitation";
    public const string FinalDecision = "FinalDecision";

    /// <summary>How long the response term may stand still while Focus waits for the complainant; after it the case is flagged.</summary>
    public const string PauseLimit = "PauseLimit";
}
