using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Intake.Domain;

internal sealed class Complaint
{
    public static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Null when the complainant filed the public form.</summary>
    public string? RegisteredBy { get; init; }

    /// <summary>
    /// The key the submitting form or API client sent, so a retry within <see cref="IdempotencyWindow"/> of
    /// <see cref="RegisteredAt"/> answers this complaint's reference instead of registering it again. Cleared when a
    /// later submission reuses the key after the window.
    /// </summary>
    public Guid? IdempotencyKey { get; set; }

    public required string ComplainantName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public ContactPreference PreferredContact { get; init; }

    public required string Description { get; set; }

    public string? EmployeeConcerned { get; set; }

    public string? ContactPerson { get; set; }

    /// <summary>The postal address, all three parts or none; a letter goes there when no e-mail address is known.</summary>
    public string? StreetAndNumber { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    /// <summary>After the retention period: who complained, how to reach them, where they live, what they wrote and whom it was about.</summary>
    public void Anonymise()
    {
        ComplainantName = Anonymised.Text;
        Description = Anonymised.Text;
        Email = null;
        Phone = null;
        StreetAndNumber = null;
        Postcode = null;
        City = null;
        EmployeeConcerned = null;
        ContactPerson = null;
    }
}
