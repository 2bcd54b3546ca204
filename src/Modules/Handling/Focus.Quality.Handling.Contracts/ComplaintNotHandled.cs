using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

/// <summary>The complaint was declared not admissible with a motivated letter; the objection term runs from its date.</summary>
public sealed record ComplaintNotHandled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Reference,
    string Reason,
    string? AdvisingRule,
    DateOnly LetterDate,
    DateOnly ResponseDue,
    bool OnTime,
    DateOnly ObjectionDue) : IIntegrationEvent;
