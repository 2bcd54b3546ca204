using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>
/// A paused term (opschorting while Focus waited for the complainant) runs again: <paramref name="PausedDays"/> were added,
/// in the term's own unit, giving <paramref name="NewDueDate"/>; reports judge the term against that date.
/// </summary>
public sealed record TermResumed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Reference,
    string TermCode,
    int PausedDays,
    DateOnly NewDueDate) : IIntegrationEvent;
