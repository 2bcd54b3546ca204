using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.Domain;

/// <summary>Dissatisfaction that was resolved on the spot; kept apart from complaints.</summary>
internal sealed class Signal
{
    public Guid Id { get; init; }

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public required string Description { get; init; }

    public required string Resolution { get; init; }

    public required string RecordedBy { get; init; }
}
