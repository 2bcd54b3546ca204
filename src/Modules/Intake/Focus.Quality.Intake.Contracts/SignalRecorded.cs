using Focus.Quality.Shared.Events;

namespace Focus.Quality.Intake.Contracts;

/// <summary>Dissatisfaction resolved on the spot: counted in reports, never a case.</summary>
public sealed record SignalRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SignalId,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    DateTimeOffset ReceivedAt,
    string RecordedBy) : IIntegrationEvent;
