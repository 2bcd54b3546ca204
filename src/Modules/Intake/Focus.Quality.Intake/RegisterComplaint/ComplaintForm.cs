using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>The complaint fields every channel asks for; bound by the forms and the API bodies alike.</summary>
internal class ComplaintForm
{
    public ComplaintCategory Category { get; set; } = ComplaintCategory.WayOfWorking;

    public string? ComplainantName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public ContactPreference PreferredContact { get; set; } = ContactPreference.Email;

    public string? Description { get; set; }

    public string? EmployeeConcerned { get; set; }

    public string? ContactPerson { get; set; }

    public string? StreetAndNumber { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    /// <summary>Rendered into each form when it is shown; API clients may send it here or as the Idempotency-Key header.</summary>
    public Guid? IdempotencyKey { get; set; }

    public ComplaintSubmission ToSubmission(ComplaintChannel channel, DateTimeOffset receivedAt) => new(
        channel, receivedAt, Category, ComplainantName, Email, Phone, PreferredContact, Description, EmployeeConcerned, ContactPerson, IdempotencyKey,
        StreetAndNumber, Postcode, City);
}

/// <summary>A complaint a staff member takes in by phone, e-mail or via the contact person, received at a moment that may lie in the past.</summary>
internal sealed class StaffComplaintRequest : ComplaintForm
{
    public ComplaintChannel Channel { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
