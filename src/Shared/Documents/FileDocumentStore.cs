using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Shared.Documents;

/// <summary>Keeps documents as files under the data folder: {module}/{year}/{id}{extension}.</summary>
internal sealed class FileDocumentStore(IOptions<DatabaseOptions> database, IHostEnvironment environment, TimeProvider clock) : IDocumentStore
{
    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, "documents"));

    public async Task<string> SaveAsync(string module, string extension, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var key = $"{module}/{clock.GetUtcNow().Year}/{Guid.CreateVersion7():N}{extension}";
        var path = PathOf(key);
        // Write to a temporary name first so a crash never leaves a half-written document under its real key.
        var temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
            File.Move(temporary, path);
            return key;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new DocumentStoreUnavailableException(ex);
        }
    }

    public Task<Stream> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(File.OpenRead(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("Document key points outside the document store.", nameof(key));
    }
}
