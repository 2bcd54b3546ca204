namespace Focus.Quality.Handling.Contracts;

/// <summary>
/// Where a case stands, for the complaints mailbox: whether a new mail can still join it, and whether the complainant
/// could be objecting to its letter (the written response or not-handled letter was sent and no objection runs yet).
/// </summary>
public sealed record CaseStanding(string Reference, bool IsOpen, bool AwaitsObjection, string? AssignedTo);

public interface ICaseStandings
{
    /// <summary>The standing of each known case among <paramref name="references"/>; unknown ones are left out.</summary>
    Task<IReadOnlyList<CaseStanding>> OfAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken);
}
