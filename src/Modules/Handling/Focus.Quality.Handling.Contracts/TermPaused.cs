using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>
/// A term stands still (opschorting) while Focus waits for the complainant, from <paramref name="PausedOn"/>; it runs again
/// with <see cref="TermResumed"/>. <paramref name="PauseLimitDue"/> is the last day the quality officer's rule allows the pause
/// (null when the rules set no limit): reports judge "no term left paused" by it.
/// </summary>
public sealed record TermPaused(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Reference,
    string TermCode,
    DateOnly PausedOn,
    DateOnly? PauseLimitDue) : IIntegrationEvent;
