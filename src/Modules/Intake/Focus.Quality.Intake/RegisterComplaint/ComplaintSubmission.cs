using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.RegisterComplaint;

/// <summary>A complaint as it arrives, from any channel.</summary>
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
    string? ContactPerson);
