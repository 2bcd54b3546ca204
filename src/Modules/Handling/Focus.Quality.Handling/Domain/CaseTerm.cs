using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Handling.Domain;

/// <summary>A deadline fixed when its clock started, with how the rules computed it; later rule changes never move it.</summary>
internal sealed class CaseTerm
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string RuleName { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly DueDate { get; private set; }

    public DateOnly WarnFrom { get; private set; }

    /// <summary>The due date the rules gave, kept when the term is extended.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>When the warning that the term is about to end was raised; raised once per term.</summary>
    public DateTimeOffset? WarnedAt { get; private set; }

    /// <summary>When the breach of the term was raised; raised once per term.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public TermUnit Unit { get; init; }

    public int Count { get; init; }

    public bool RunsToNextWorkingDay { get; init; }

    public List<SkippedDay> SkippedDays { get; init; } = [];

    public required string RulesVersion { get; init; }

    public TermOwner Owner { get; init; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsOpen => CompletedOn is null;

    public bool? Met => CompletedOn is { } completed ? completed <= DueDate : null;

    public static CaseTerm From(ComputedTerm term) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = term.Code,
        RuleName = term.RuleName,
        StartDate = term.StartDate,
        DueDate = term.DueDate,
        WarnFrom = term.WarnFrom,
        Unit = term.Unit,
        Count = term.Count,
        RunsToNextWorkingDay = term.RunsToNextWorkingDay,
        SkippedDays = [.. term.SkippedDays],
        RulesVersion = term.RulesVersion,
        Owner = term.Owner,
    };

    public void Complete(DateOnly on) => CompletedOn = on;

    public bool NeedsWarning(DateOnly today) => IsOpen && Owner == TermOwner.Focus && WarnedAt is null && BreachedAt is null && WarnFrom <= today && today <= DueDate;

    public bool NeedsBreach(DateOnly today) => IsOpen && Owner == TermOwner.Focus && BreachedAt is null && today > DueDate;

    public void MarkWarned(DateTimeOffset at) => WarnedAt = at;

    public void MarkBreached(DateTimeOffset at) => BreachedAt = at;

    public bool CanBeExtended => IsOpen && Owner == TermOwner.Focus && OriginalDueDate is null;

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
}
