using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

public enum Judgement
{
    Founded,
    PartlyFounded,
    Unfounded,
}

/// <summary>
/// The written response (summary and proposed solution) was sent; the objection term runs from its letter date.
/// <see cref="Measures"/> is the proposed solution, for the annual report's "measures taken" (null in events stored before it existed).
/// </summary>
public sealed record ComplaintResponded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Reference,
    Judgement Judgement,
    DateOnly LetterDate,
    DateOnly ResponseDue,
    bool OnTime,
    DateOnly ObjectionDue,
    string? Measures = null) : IIntegrationEvent;
