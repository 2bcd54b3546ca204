using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.RegisterComplaint;
using Focus.Quality.Shared.Privacy;

namespace Focus.Quality.Intake.Domain;

internal sealed class Complaint
{
    public static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    // EF Core materialises stored complaints through this; new ones come from Register.
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; } = "";

    public ComplaintChannel Channel { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Null when the complainant filed the public form.</summary>
    public string? RegisteredBy { get; private set; }

    /// <summary>
    /// The key the submitting form or API client sent, so a retry within <see cref="IdempotencyWindow"/> of
    /// <see cref="RegisteredAt"/> answers this complaint's reference instead of registering it again. Cleared when a
    /// later submission reuses the key after the window.
    /// </summary>
    public Guid? IdempotencyKey { get; private set; }

    public string ComplainantName { get; private set; } = "";

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public ContactPreference PreferredContact { get; private set; }

    public string Description { get; private set; } = "";

    public string? EmployeeConcerned { get; private set; }

    public string? ContactPerson { get; private set; }

    /// <summary>The postal address, all three parts or none; a letter goes there when no e-mail address is known.</summary>
    public string? StreetAndNumber { get; private set; }

    public string? Postcode { get; private set; }

    public string? City { get; private set; }

    public static Complaint Register(ComplaintSubmission submission, string reference, string? registeredBy, DateTimeOffset registeredAt) => new()
    {
        Id = Guid.CreateVersion7(),
        Reference = reference,
        Channel = submission.Channel,
        Category = submission.Category,
        ReceivedAt = submission.ReceivedAt,
        RegisteredAt = registeredAt,
        RegisteredBy = registeredBy,
        ComplainantName = submission.ComplainantName!,
        Email = submission.Email,
        Phone = submission.Phone,
        PreferredContact = submission.PreferredContact,
        Description = submission.Description!,
        EmployeeConcerned = submission.EmployeeConcerned,
        ContactPerson = submission.ContactPerson,
        StreetAndNumber = submission.StreetAndNumber,
        Postcode = submission.Postcode,
        City = submission.City,
        IdempotencyKey = submission.IdempotencyKey,
    };

    /// <summary>A later submission may use the key again once this complaint's window has passed.</summary>
    public void ReleaseIdempotencyKey() => IdempotencyKey = null;

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
