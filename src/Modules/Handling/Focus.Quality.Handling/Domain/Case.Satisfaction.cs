using Focus.Quality.Handling.Contracts;

namespace Focus.Quality.Handling.Domain;

/// <summary>The one satisfaction question a complainant gets after closing, and their one answer.</summary>
internal sealed partial class Case
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public bool IsInvitedToSatisfaction => Timeline.Any(e => e.Kind == TimelineKind.SatisfactionInvited);

    public bool HasSatisfactionAnswer => Timeline.Any(e => e.Kind == TimelineKind.SatisfactionGiven);

    public void InvitedToSatisfaction(string emailAddress, DateTimeOffset now) => Record(now, TimelineKind.SatisfactionInvited, null, emailAddress);

    /// <summary>Details: "score|resolved|comment"; the comment is the complainant's own words, erased at anonymisation.</summary>
    public SatisfactionGiven GiveSatisfaction(int score, bool resolved, string? comment, string by, DateTimeOffset now)
    {
        if (HasSatisfactionAnswer || score is < MinScore or > MaxScore)
        {
            throw new InvalidOperationException($"Case {Reference} cannot take this satisfaction answer.");
        }

        Record(now, TimelineKind.SatisfactionGiven, by, $"{score}|{resolved}|{comment}");
        return new SatisfactionGiven(Guid.CreateVersion7(), now, Reference, score, resolved);
    }
}
