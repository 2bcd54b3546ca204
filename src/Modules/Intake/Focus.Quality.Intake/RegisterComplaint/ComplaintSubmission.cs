using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>
/// A complaint as it arrives, from any channel; the same <paramref name="IdempotencyKey"/> within a day is the same
/// complaint. The postal address is optional: all three of its parts, or none.
/// </summary>
internal sealed record ComplaintSubmission(
    ComplaintChannel Channel,
    DateTimeOffset ReceivedAt,
    ComplaintCategory Category,
    string? ComplainantName,
    string? Email,
    string? Phone,
    ContactPreference PreferredContact,
    string? Description,
    string? EmployeeConcerned,
    string? ContactPerson,
    Guid? IdempotencyKey = null,
    string? StreetAndNumber = null,
    string? Postcode = null,
    string? City = null);
