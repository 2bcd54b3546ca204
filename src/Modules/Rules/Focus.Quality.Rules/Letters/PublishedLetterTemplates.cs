using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Letters;

/// <summary>
/// The letter writers' templates: the version of each that a quality officer published, from the same book as the
/// rules, so a publication (also on another instance, see <see cref="PublishedRulesRefresh"/>) switches them at once.
/// </summary>
internal sealed class PublishedLetterTemplates(RuleBook book) : ILetterTemplates
{
    public byte[] Get(string name) => LetterContent.Bytes(KindOf(name), Published(name));

    public string GetText(string name) => Published(name);

    private string Published(string name) =>
        book.Current.Sources.TryGetValue(KindOf(name), out var source)
            ? source.Content
            : throw new InvalidOperationException($"Template '{name}' has no published version.");

    private static RuleSetKind KindOf(string name) =>
        RuleSetKinds.LetterFromSlug(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "No such letter template.");
}
