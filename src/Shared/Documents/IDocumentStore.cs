namespace Focus.Quality.Shared.Documents;

/// <summary>Files (letters, attachments) kept outside the database rows that describe them.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the content and returns the key to find it again.</summary>
    Task<string> SaveAsync(string module, string extension, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Task<Stream> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file for good; a key that is already gone is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
