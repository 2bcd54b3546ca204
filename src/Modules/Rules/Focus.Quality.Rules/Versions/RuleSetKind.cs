namespace Focus.Quality.Rules.Versions;

/// <summary>The rule sets a quality officer edits; each has its own version history and its own file under rules/.</summary>
internal enum RuleSetKind
{
    Terms,
    Admissibility,
    Objections,
    Calendar,
    Workflow,
}

internal static class RuleSetKinds
{
    public static readonly IReadOnlyList<RuleSetKind> All = Enum.GetValues<RuleSetKind>();

    public static string FileName(this RuleSetKind kind) => kind switch
    {
        RuleSetKind.Terms => "terms.json",
        RuleSetKind.Admissibility => "admissibility.json",
        RuleSetKind.Objections => "objections.json",
        RuleSetKind.Calendar => "calendar.json",
        RuleSetKind.Workflow => "workflow.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Rule sets that are RulesEngine workflows (as opposed to the calendar and the complaint workflow).</summary>
    public static bool IsRulesEngine(this RuleSetKind kind) => kind is RuleSetKind.Terms or RuleSetKind.Admissibility or RuleSetKind.Objections;

    /// <summary>The code of the kind in the API and in the version stamped on terms and advice; screens use <see cref="Editor"/>.</summary>
    public static string Slug(this RuleSetKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The address of the kind's editor, in Dutch like every address a quality officer sees.</summary>
    public static string Editor(this RuleSetKind kind) => kind switch
    {
        RuleSetKind.Terms => "/regels/termijnen",
        RuleSetKind.Admissibility => "/regels/ontvankelijkheid",
        RuleSetKind.Objections => "/regels/bezwaar",
        RuleSetKind.Calendar => "/regels/kalender",
        RuleSetKind.Workflow => "/werkwijze",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static RuleSetKind? FromEditor(string path) => All.Cast<RuleSetKind?>().FirstOrDefault(k => k!.Value.Editor() == path);

    public static RuleSetKind? FromSlug(string slug) => All.Cast<RuleSetKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);
}
