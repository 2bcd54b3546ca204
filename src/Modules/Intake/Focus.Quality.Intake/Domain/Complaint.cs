using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Intake.Domain;

internal sealed class Complaint
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public ComplaintChannel Channel { get; init; }

    public ComplaintCategory Category { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Null when the complainant filed the public form.</summary>
    public string? RegisteredBy { get; init; }

    public required string ComplainantName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public ContactPreference PreferredContact { get; init; }

    public required string Description { get; init; }

    public string? EmployeeConcerned { get; init; }

    public string? ContactPerson { get; init; }
}
