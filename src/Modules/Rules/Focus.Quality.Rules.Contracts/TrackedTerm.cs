using System.Linq.Expressions;

namespace Focus.Quality.Rules.Contracts;

/// <summary>
/// A deadline fixed when its clock started, stored by the module that owns it, with how the rules computed it; later
/// rule changes never move it. Warnings and breaches are raised once per term. Terms are only made by <see cref="From{TTerm}"/>.
/// </summary>
public abstract class TrackedTerm
{
    public Guid Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public string RuleName { get; init; } = string.Empty;

    public DateOnly StartDate { get; init; }

    public DateOnly DueDate { get; protected set; }

    public DateOnly WarnFrom { get; protected set; }

    /// <summary>When the warning that the term is about to end was raised.</summary>
    public DateTimeOffset? WarnedAt { get; private set; }

    /// <summary>When the breach of the term was raised.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }

    public TermUnit Unit { get; init; }

    public int Count { get; init; }

    public bool RunsToNextWorkingDay { get; init; }

    /// <summary>Terms stored before this was recorded ran to the next day of the working-day calendar, the default.</summary>
    public ExtensionDays ExtendsWhenEndingOn { get; init; }

    public List<SkippedDay> SkippedDays { get; init; } = [];

    public string RulesVersion { get; init; } = string.Empty;

    public TermOwner Owner { get; init; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsOpen => CompletedOn is null;

    public bool? Met => CompletedOn is { } completed ? completed <= DueDate : null;

    public static TTerm From<TTerm>(ComputedTerm term)
        where TTerm : TrackedTerm, new() => new()
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
        ExtendsWhenEndingOn = term.ExtendsWhenEndingOn,
        SkippedDays = [.. term.SkippedDays],
        RulesVersion = term.RulesVersion,
        Owner = term.Owner,
    };

    public void Complete(DateOnly on) => CompletedOn = on;

    public bool NeedsWarning(DateOnly today) => IsOpen && Owner == TermOwner.Focus && WarnedAt is null && BreachedAt is null && WarnFrom <= today && today <= DueDate;

    public bool NeedsBreach(DateOnly today) => IsOpen && Owner == TermOwner.Focus && BreachedAt is null && today > DueDate;

    /// <summary>
    /// <see cref="NeedsWarning"/> or <see cref="NeedsBreach"/> as a query, to find the cases or objections that have a
    /// signal due without loading them.
    /// </summary>
    public static Expression<Func<TTerm, bool>> NeedsSignal<TTerm>(DateOnly today)
        where TTerm : TrackedTerm =>
        t => t.CompletedOn == null && t.Owner == TermOwner.Focus && t.BreachedAt == null &&
            (t.DueDate < today || (t.WarnedAt == null && t.WarnFrom <= today));

    public void MarkWarned(DateTimeOffset at) => WarnedAt = at;

    public void MarkBreached(DateTimeOffset at) => BreachedAt = at;
}
