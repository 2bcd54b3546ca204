using Focus.Quality.Shared.Events;

namespace Focus.Quality.Intake.Contracts;

/// <summary>A formal complaint was registered; the term clocks start at <see cref="ReceivedAt"/>.</summary>
/// <param name="PortalTokenHash">The hash of the status-page link shown on the public form's receipt; null for staff registrations and older events.</param>
public sealed record ComplaintRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ComplaintId,
    string Reference,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    DateTimeOffset ReceivedAt,
    string ComplainantName,
    ContactPreference PreferredContact,
    string? RegisteredBy,
    string? PortalTokenHash = null) : IIntegrationEvent;
