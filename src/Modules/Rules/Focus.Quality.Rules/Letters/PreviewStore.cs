using System.Collections.Concurrent;

namespace Focus.Quality.Rules.Letters;

/// <summary>A draft filled with a case or with sample values: its text for the screen and its files to download.</summary>
internal sealed record LetterPreview(Guid Id, string FileNameBase, IReadOnlyList<string> Lines, LetterFile File, LetterFile? Pdf, string? PdfProblem, DateTimeOffset MadeAt)
{
    /// <summary>Its PDF is still to be made.</summary>
    public bool PdfPending => Pdf is null && PdfProblem is null;
}

/// <summary>
/// Keeps the last previews for a while, so downloading one does not run LibreOffice again. A preview holds a real
/// case's data, so it is kept for minutes only and never written to disk.
/// </summary>
internal sealed class PreviewStore(TimeProvider clock)
{
    private const int MaxPreviews = 20;
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<Guid, LetterPreview> _previews = new();

    public void Add(LetterPreview preview)
    {
        _previews[preview.Id] = preview;
        var cutoff = clock.GetUtcNow() - KeepFor;
        foreach (var old in _previews.Values.OrderByDescending(p => p.MadeAt).Skip(MaxPreviews).Concat(_previews.Values.Where(p => p.MadeAt < cutoff)))
        {
            _previews.TryRemove(old.Id, out _);
        }
    }

    public LetterPreview? Find(Guid id) => _previews.TryGetValue(id, out var preview) && preview.MadeAt >= clock.GetUtcNow() - KeepFor ? preview : null;
}
