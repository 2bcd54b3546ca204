using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules.Versions;

/// <summary>
/// The rule sets a quality officer edits; each has its own version history and its own file under rules/. The letter
/// templates are kinds too (stored as the file's bytes), so they get the same versions, publication and list of publications.
/// </summary>
internal enum RuleSetKind
{
    Terms,
    Admissibility,
    Objections,
    Calendar,
    Workflow,
    LetterResponse,
    LetterNotHandled,
    MailAcknowledgement,
    LetterInvitation,
    LetterHearingReport,
    LetterSettlement,
    LetterDecision,
}

internal static class RuleSetKinds
{
    public static readonly IReadOnlyList<RuleSetKind> All = Enum.GetValues<RuleSetKind>();

    /// <summary>The JSON rule sets, calendar and workflow: what the rule editors and /api/rules/{kind} handle.</summary>
    public static readonly IReadOnlyList<RuleSetKind> Rules = [.. All.Where(k => !k.IsLetter())];

    /// <summary>The letter and e-mail templates, in the order of the procedure.</summary>
    public static readonly IReadOnlyList<RuleSetKind> Letters = [.. All.Where(k => k.IsLetter())];

    public static bool IsLetter(this RuleSetKind kind) => kind >= RuleSetKind.LetterResponse;

    /// <summary>The template's name, as the letter writers ask <see cref="ILetterTemplates"/> for it and as its file under rules/templates is called.</summary>
    public static string TemplateName(this RuleSetKind kind) => kind switch
    {
        RuleSetKind.LetterResponse => LetterTemplateNames.Response,
        RuleSetKind.LetterNotHandled => LetterTemplateNames.NotHandled,
        RuleSetKind.MailAcknowledgement => LetterTemplateNames.AcknowledgementMail,
        RuleSetKind.LetterInvitation => LetterTemplateNames.HearingInvitation,
        RuleSetKind.LetterHearingReport => LetterTemplateNames.HearingReport,
        RuleSetKind.LetterSettlement => LetterTemplateNames.Settlement,
        RuleSetKind.LetterDecision => LetterTemplateNames.FinalDecision,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a letter template."),
    };

    /// <summary>An e-mail template is plain text; every other template is a Word document.</summary>
    public static bool IsMail(this RuleSetKind kind) => kind == RuleSetKind.MailAcknowledgement;

    public static string FileName(this RuleSetKind kind) => kind switch
    {
        RuleSetKind.Terms => "terms.json",
        RuleSetKind.Admissibility => "admissibility.json",
        RuleSetKind.Objections => "objections.json",
        RuleSetKind.Calendar => "calendar.json",
        RuleSetKind.Workflow => "workflow.json",
        _ => $"templates/{kind.TemplateName()}{(kind.IsMail() ? ".txt" : ".docx")}",
    };

    /// <summary>Rule sets that are RulesEngine workflows (as opposed to the calendar and the complaint workflow).</summary>
    public static bool IsRulesEngine(this RuleSetKind kind) => kind is RuleSetKind.Terms or RuleSetKind.Admissibility or RuleSetKind.Objections;

    /// <summary>The code of the kind in the API and in the version stamped on terms and advice; screens use <see cref="Editor"/>.</summary>
    public static string Slug(this RuleSetKind kind) => kind.IsLetter() ? kind.TemplateName() : kind.ToString().ToLowerInvariant();

    /// <summary>The address of the kind's editor, in Dutch like every address a quality officer sees.</summary>
    public static string Editor(this RuleSetKind kind) => kind switch
    {
        RuleSetKind.Terms => "/regels/termijnen",
        RuleSetKind.Admissibility => "/regels/ontvankelijkheid",
        RuleSetKind.Objections => "/regels/bezwaar",
        RuleSetKind.Calendar => "/regels/kalender",
        RuleSetKind.Workflow => "/werkwijze",
        _ => $"/regels/brieven?sjabloon={kind.TemplateName()}",
    };

    public static RuleSetKind? FromEditor(string path) => Rules.Cast<RuleSetKind?>().FirstOrDefault(k => k!.Value.Editor() == path);

    /// <summary>A JSON rule set by its code; letters have their own addresses (<see cref="LetterFromSlug"/>).</summary>
    public static RuleSetKind? FromSlug(string slug) => Rules.Cast<RuleSetKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);

    public static RuleSetKind? LetterFromSlug(string slug) => Letters.Cast<RuleSetKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);
}
