using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.Contracts;

public enum AcknowledgementMethod
{
    Phone,
    Email,
}

/// <summary>The handler confirmed receipt to the complainant; <see cref="OnTime"/> compares with the stored acknowledgement term.</summary>
public sealed record ComplaintAcknowledged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string Reference,
    AcknowledgementMethod Method,
    DateTimeOffset AcknowledgedAt,
    DateOnly DueDate,
    bool OnTime) : IIntegrationEvent;
