using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>A term of the case was extended (once) with a reason; reports show the original and the extended due date.</summary>
public sealed record TermExtended(
    Guid EventId,
    DateOnly OriginalDueDate,
    DateOnly NewDueDate,
    DateTimeOffset OccurredAt,
    string Reference,
    string TermCode,
    string Reason) : IIntegrationEvent;
