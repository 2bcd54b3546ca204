using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Reporting.ReadModel;

/// <summary>One complaint or signal as the reports see it, built only from integration events.</summary>
internal sealed class ComplaintFact
{
    public Guid Id { get; init; }

    /// <summary>Null for a signal: signals have no reference and no terms, but they count in the reports.</summary>
    public string? Reference { get; init; }

    public bool IsSignal { get; init; }

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateOnly? AcknowledgementDue { get; set; }

    public bool? AcknowledgedOnTime { get; set; }
}
