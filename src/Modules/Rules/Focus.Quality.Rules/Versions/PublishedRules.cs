using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Versions;

/// <summary>What the other modules call: always the rules published at the moment of the call.</summary>
internal sealed class PublishedRules(RuleBook book) : ITermRules, IAdmissibilityRules, IObjectionRules, IWorkingDayCalendar
{
    public Task<IReadOnlyList<ComputedTerm>> ComputeAsync(TermRequest request, CancellationToken cancellationToken) =>
        book.Current.Terms.ComputeAsync(request, cancellationToken);

    public Task<IReadOnlyList<AdmissibilityAdvice>> AdviseAsync(AdmissibilityFacts facts, CancellationToken cancellationToken) =>
        book.Current.Admissibility.AdviseAsync(facts, cancellationToken);

    public Task<IReadOnlyList<ObjectionAdvice>> AdviseAsync(ObjectionFacts facts, CancellationToken cancellationToken) =>
        book.Current.Objections.AdviseAsync(facts, cancellationToken);

    public string? NonWorkingReason(DateOnly date) => book.Current.Calendar.NonWorkingReason(date);

    public bool IsWorkingDay(DateOnly date) => book.Current.Calendar.IsWorkingDay(date);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => book.Current.Calendar.WorkingDaysBetween(from, to);

    public DateOnly AddWorkingDays(DateOnly from, int workingDays) => book.Current.Calendar.AddWorkingDays(from, workingDays);
}
