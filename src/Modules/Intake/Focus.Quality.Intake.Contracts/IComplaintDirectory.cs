namespace Focus.Quality.Intake.Contracts;

public sealed record ComplaintDetails(
    string Reference,
    ComplaintChannel Channel,
    ComplaintCategory Category,
    DateTimeOffset ReceivedAt,
    string ComplainantName,
    string? Email,
    string? Phone,
    ContactPreference PreferredContact,
    string Description,
    string? EmployeeConcerned,
    string? ContactPerson,
    string? RegisteredBy,
    PostalAddress? PostalAddress);

/// <summary>Read access to registered complaints for the other modules' screens.</summary>
public interface IComplaintDirectory
{
    Task<ComplaintDetails?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// The references of complaints whose e-mail address or phone number holds <paramref name="text"/> (ignoring case,
    /// and for a phone number spaces and dashes), newest first: Handling keeps no contact details of its own.
    /// </summary>
    Task<IReadOnlyList<string>> ReferencesByContactAsync(string text, int take, CancellationToken cancellationToken);

    /// <summary>The complainant's name per reference, for lists that show many complaints; unknown references are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken);
}
