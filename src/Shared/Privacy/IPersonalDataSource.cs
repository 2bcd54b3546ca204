namespace Focus.Quality.Shared.Privacy;

/// <summary>
/// A module's part of an access request (AVG art. 15): which complaints belong to a complainant, and what the module
/// holds about them. Each module answers from its own schema.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section of the export this module fills, e.g. "Intake".</summary>
    string Section { get; }

    /// <summary>The complaint references filed with this e-mail address or phone number; only the module that records them knows.</summary>
    Task<IReadOnlyCollection<string>> ReferencesOfAsync(DataSubject subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);

    /// <summary>Everything this module holds about these complaints, as data that serializes to JSON.</summary>
    Task<object> ExportAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken);

    /// <summary>As <see cref="ExportAsync(IReadOnlyCollection{string}, CancellationToken)"/>, for a module that also holds data of the person apart from any complaint (a mail never registered).</summary>
    Task<object> ExportAsync(DataSubject subject, IReadOnlyCollection<string> references, CancellationToken cancellationToken) =>
        ExportAsync(references, cancellationToken);
}
