using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.RecordSignal;

/// <summary>Dissatisfaction a staff member resolved on the spot.</summary>
internal sealed class SignalForm
{
    public ComplaintChannel Channel { get; set; } = ComplaintChannel.Phone;

    public ComplaintCategory Category { get; set; } = ComplaintCategory.WayOfWorking;

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Description { get; set; }

    public string? Resolution { get; set; }
}
