using Focus.Quality.Handling.Contracts;

namespace Focus.Quality.Handling.Acknowledge;

/// <summary>How and when the handler confirmed receipt to the complainant.</summary>
internal sealed class AcknowledgeForm
{
    public AcknowledgementMethod Method { get; set; } = AcknowledgementMethod.Phone;

    public DateTimeOffset AcknowledgedAt { get; set; }

    public string? Note { get; set; }

    /// <summary>Also e-mail the confirmation (from the template) to the complainant's e-mail address.</summary>
    public bool SendEmail { get; set; }
}
