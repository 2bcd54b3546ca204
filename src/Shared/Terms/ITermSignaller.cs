namespace Focus.Quality.Shared.Terms;

/// <summary>A warning or breach raised for one term.</summary>
public sealed record TermSignal(string TermCode, bool Breached);

/// <summary>
/// One module's part of the term-signal job: which of its files have a term to warn about or breach today, and raising
/// those signals on one file (stored with it, so each is raised once, and mailed through the module's outbox).
/// </summary>
public interface ITermSignaller
{
    string Module { get; }

    Task<IReadOnlyList<Guid>> CandidatesAsync(DateOnly today, int max, CancellationToken cancellationToken);

    /// <summary>The signals raised and saved; none when another instance or a user changed the file first.</summary>
    Task<IReadOnlyList<TermSignal>> SignalAsync(Guid id, DateOnly today, CancellationToken cancellationToken);
}
