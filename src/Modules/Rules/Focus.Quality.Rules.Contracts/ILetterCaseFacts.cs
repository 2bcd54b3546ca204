namespace Focus.Quality.Rules.Contracts;

/// <summary>
/// The merge-field values a real case gives its letters ("Reference", "ComplainantName", "ReceivedDate", …), so a quality
/// officer can preview a template on it before publishing. Implemented by the module that holds the cases.
/// </summary>
public interface ILetterCaseFacts
{
    /// <summary>Null when no case has this reference.</summary>
    Task<IReadOnlyDictionary<string, string>?> FindAsync(string reference, CancellationToken cancellationToken);
}
