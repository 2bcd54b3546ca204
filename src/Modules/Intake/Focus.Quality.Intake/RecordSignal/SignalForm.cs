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

    /// <summary>The mail from the complaints mailbox this signal takes in; it leaves "Postvak klachten" with the signal.</summary>
    public Guid? MailId { get; set; }
}
