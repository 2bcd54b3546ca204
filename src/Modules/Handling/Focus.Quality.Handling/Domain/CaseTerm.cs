using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Handling.Domain;

/// <summary>A term of a case; Focus's own terms can be extended once, keeping the date the rules gave.</summary>
internal sealed class CaseTerm : TrackedTerm
{
    public const int MaxFailureLength = 2000;

    /// <summary>The due date the rules gave, kept when the term is extended.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>
    /// The error of the rule that should have set this term, while a person has not set it by hand ("handmatig
    /// vaststellen"): until then the dates are only what the rule would give, and the term raises no warning or breach.
    /// </summary>
    public string? RuleFailure { get; private set; }

    public bool NeedsDate => IsOpen && RuleFailure is not null;

    /// <summary>Since when the term is paused while Focus waits for information from the complainant; null while it runs.</summary>
    public DateOnly? PausedOn { get; private set; }

    /// <summary>The days (in the term's unit) that earlier pauses added to the due date.</summary>
    public int PausedDays { get; private set; }

    public bool CanBePaused => IsOpen && Owner == TermOwner.Focus && PausedOn is null && RuleFailure is null;

    public static CaseTerm From(ComputedTerm term)
    {
        var caseTerm = From<CaseTerm>(term);
        caseTerm.RuleFailure = term.RuleFailure is { Length: > MaxFailureLength } failure ? failure[..MaxFailureLength] : term.RuleFailure;
        return caseTerm;
    }

    /// <summary>A pause limit is the quality officer's rule on how long Focus waits, not a promise to the complainant: never extended.</summary>
    public bool CanBeExtended => IsOpen && Owner == TermOwner.Focus && OriginalDueDate is null && RuleFailure is null && Code != TermCodes.PauseLimit;

    /// <summary>A person sets the date the failed rule could not; from then on it is an ordinary term.</summary>
    public void SetByHand(DateOnly dueDate, DateOnly warnFrom)
    {
        if (!NeedsDate || dueDate < StartDate)
        {
            throw new InvalidOperationException($"Term {Code} cannot be set by hand to {dueDate}.");
        }

        DueDate = dueDate;
        WarnFrom = warnFrom;
        RuleFailure = null;
    }

    public void Extend(DateOnly newDueDate, DateOnly newWarnFrom, string reason)
    {
        if (!CanBeExtended || newDueDate <= DueDate)
        {
            throw new InvalidOperationException($"Term {Code} cannot be extended to {newDueDate}.");
        }

        OriginalDueDate = DueDate;
        DueDate = newDueDate;
        WarnFrom = newWarnFrom;
        ExtensionReason = reason;
    }

    public void Pause(DateOnly on)
    {
        if (!CanBePaused)
        {
            throw new InvalidOperationException($"Term {Code} cannot be paused.");
        }

        PausedOn = on;
    }

    /// <summary>Runs again from <paramref name="on"/>, with the paused days added to the due date; returns them.</summary>
    public int Resume(DateOnly on, IWorkingDayCalendar calendar)
    {
        var pausedOn = PausedOn ?? throw new InvalidOperationException($"Term {Code} is not paused.");
        var days = TermPause.PausedDays(Unit, pausedOn, on, calendar);
        var due = TermPause.ResumedDueDate(Unit, RunsToNextWorkingDay, DueDate, days, calendar);
        WarnFrom = WarnFrom.AddDays(due.DayNumber - DueDate.DayNumber);
        DueDate = due;
        PausedDays += days;
        PausedOn = null;
        return days;
    }

    /// <summary>The reason for an extension is free text and may name people; the dates stay.</summary>
    public void ForgetReason() => ExtensionReason = ExtensionReason is null ? null : Anonymised.Text;
}
