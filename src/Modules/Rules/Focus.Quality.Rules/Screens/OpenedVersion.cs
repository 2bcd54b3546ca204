using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Screens;

/// <summary>
/// The version history of one rule set as an editor screen holds it: which version is open, and whether the screen
/// differs from it. A screen opens the newest draft after the published version, so unfinished work is not lost.
/// </summary>
internal sealed class OpenedVersion(RuleSetVersions versions, RuleSetKind kind)
{
    private string? _savedContent;

    public List<RuleSetVersion> History { get; private set; } = [];

    public RuleSetVersion? Current { get; private set; }

    public bool IsDraft => Current?.State == RuleSetState.Draft;

    public async Task LoadAsync()
    {
        History = await versions.HistoryAsync(kind, CancellationToken.None);
        var published = History.FirstOrDefault(v => v.State == RuleSetState.Published)?.Number ?? 0;
        Open(History.FirstOrDefault(v => v.State == RuleSetState.Draft && v.Number > published)?.Number ?? published);
    }

    public RuleSetVersion Open(int number)
    {
        Current = History.Single(v => v.Number == number);
        _savedContent = Current.Content;
        return Current;
    }

    /// <summary>After a save or publish: reload the history and open what was just saved, whose content the screen now shows.</summary>
    public async Task ReloadAsync(int number, string shownContent)
    {
        History = await versions.HistoryAsync(kind, CancellationToken.None);
        Open(number);
        _savedContent = shownContent;
    }

    /// <summary>Sets what the screen shows for the open version (an editor may write it differently from how it was stored).</summary>
    public void Baseline(string shownContent) => _savedContent = shownContent;

    public bool IsDirty(string shownContent) => shownContent != _savedContent;
}
