namespace Focus.Quality.Rules.Contracts;

/// <summary>Which existing cases a quality officer tries a draft against.</summary>
public sealed record RuleSubjectFilter(bool OpenOnly, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, int Max);

/// <summary>One existing case as the rules see it: what starts its terms and what the admissibility rules look at; Status is already in the reader's language.</summary>
public sealed record RuleSubject(string Reference, string Status, DateTimeOffset ReceivedAt, string Channel, string Category, AdmissibilityFacts Facts);

/// <summary>Implemented by the module that owns the cases (Handling), so the Rules module never reads another schema.</summary>
public interface IRuleSubjects
{
    Task<IReadOnlyList<RuleSubject>> FindAsync(RuleSubjectFilter filter, CancellationToken cancellationToken);
}
