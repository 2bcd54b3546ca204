using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Rules.Letters;

/// <summary>A merge field a template may hold as {{Code}}: what the letter writer puts there, and what a preview shows without a case.</summary>
internal sealed record LetterField(string Code, string Meaning, string Sample);

/// <summary>
/// Which merge fields each template may use and which it must: the fields the letter writers in Handling and Objections
/// fill (LetterComposer, ObjectionSteps and the steps' own values, AcknowledgeHandler for the e-mail). A field no writer
/// fills would stay in the letter as "{{…}}"; a missing required one leaves the complainant without the reference or
/// their objection deadline.
/// </summary>
internal static class LetterFields
{
    private static readonly Dictionary<string, LetterField> Known = new LetterField[]
    {
        new("Reference", "het kenmerk van de klacht", "KL-2026-00042"),
        new("ComplainantName", "de naam van de klager", "J. de Jong"),
        new("ComplainantAddress", "het postadres van de klager (meerdere regels)", "Dorpsstraat 1\n1234 AB Voorbeeld"),
        new("ReceivedDate", "de datum waarop de klacht binnenkwam", "2 november 2026"),
        new("LetterDate", "de datum van de brief", "27 november 2026"),
        new("ObjectionDeadline", "de uiterste datum om bezwaar te maken", "28 december 2026"),
        new("ResponseDeadline", "de uiterste datum van de schriftelijke reactie", "30 november 2026"),
        new("DirectorName", "de naam van de directeur", "I. Dijkstra"),
        new("DirectorPostalAddress", "het postadres van de directeur voor bezwaren", "Postbus 1, 1000 AA Voorbeeld"),
        new("DirectorEmail", "het e-mailadres van de directeur voor bezwaren", "directeur@focus.example"),
        new("HandlerName", "de naam van de klachtbehandelaar", "A. de Vries"),
        new("HandlerFunction", "de functie van de klachtbehandelaar", "Klachtbehandelaar"),
        new("Summary", "de samenvatting van de klacht", "U bent niet tevreden over hoe vaak uw adviseur contact met u opnam."),
        new("Solution", "de voorgestelde oplossing of maatregelen", "Uw adviseur belt u voortaan elke twee weken."),
        new("Judgement", "het oordeel (gegrond, deels gegrond, ongegrond)", "gegrond"),
        new("Motivation", "waarom de klacht niet in behandeling wordt genomen", "Uw klacht gaat over een gedraging van meer dan een jaar geleden."),
        new("StatusLink", "de persoonlijke link naar de statuspagina van de klager", "https://klachten.focus.example/mijn-klacht/KL-2026-00042"),
        new("HearingDate", "de datum van de hoorzitting", "10 december 2026"),
        new("HearingTime", "het tijdstip van de hoorzitting", "14:00"),
        new("HearingForm", "telefonisch of op kantoor, met telefoonnummer of plaats", "op ons kantoor, Stationsplein 1 in Voorbeeld"),
        new("EmployeeSentence", "de zin over de medewerker die ook is uitgenodigd", "Wij nodigen ook de betrokken medewerker uit."),
        new("HeldOn", "de datum waarop de hoorzitting werd gehouden", "10 december 2026"),
        new("Attendees", "wie er bij de hoorzitting waren", "De klager, de directeur en de adviseur."),
        new("Report", "het verslag van de hoorzitting", "De klager lichtte de klacht toe; de adviseur gaf aan wat er is gebeurd."),
        new("SettlementProposal", "het voorstel voor een schikking (kan leeg zijn)", "Een extra gesprek met een andere adviseur."),
        new("AgreedOutcome", "wat beide partijen zijn overeengekomen", "Een nieuwe adviseur en een excuus."),
        new("Verdict", "de beslissing op het bezwaar (gegrond, ongegrond, niet-ontvankelijk)", "gegrond"),
        new("Decision", "de motivering van de beslissing", "De directeur volgt de klager in het bezwaar."),
    }.ToDictionary(f => f.Code);

    private static readonly string[] CaseLetter =
        ["Reference", "ComplainantName", "ComplainantAddress", "ReceivedDate", "LetterDate", "ObjectionDeadline", "DirectorName", "DirectorPostalAddress", "DirectorEmail", "HandlerName", "HandlerFunction"];

    private static readonly string[] ObjectionLetter = ["Reference", "ComplainantName", "ComplainantAddress", "LetterDate", "DirectorName"];

    /// <summary>The fields a template of <paramref name="kind"/> may use, in the order the page lists them.</summary>
    public static IReadOnlyList<LetterField> Of(RuleSetKind kind) => [.. Codes(kind).Select(code => Known[code])];

    /// <summary>The fields a template of <paramref name="kind"/> must use.</summary>
    public static IReadOnlyList<LetterField> Required(RuleSetKind kind) => [.. RequiredCodes(kind).Select(code => Known[code])];

    /// <summary>A value for every field, for a preview without a case.</summary>
    public static Dictionary<string, string> Samples(RuleSetKind kind) => Of(kind).ToDictionary(f => f.Code, f => f.Sample);

    private static string[] Codes(RuleSetKind kind) => kind switch
    {
        RuleSetKind.LetterResponse => [.. CaseLetter, "Summary", "Solution", "Judgement"],
        RuleSetKind.LetterNotHandled => [.. CaseLetter, "Motivation"],
        RuleSetKind.MailAcknowledgement => ["Reference", "ComplainantName", "ReceivedDate", "ResponseDeadline", "HandlerName", "HandlerFunction", "StatusLink"],
        RuleSetKind.LetterInvitation => [.. ObjectionLetter, "HearingDate", "HearingTime", "HearingForm", "EmployeeSentence"],
        RuleSetKind.LetterHearingReport => [.. ObjectionLetter, "HeldOn", "Attendees", "Report", "SettlementProposal"],
        RuleSetKind.LetterSettlement => [.. ObjectionLetter, "AgreedOutcome"],
        RuleSetKind.LetterDecision => [.. ObjectionLetter, "Verdict", "Decision"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a letter template."),
    };

    private static string[] RequiredCodes(RuleSetKind kind) => kind switch
    {
        RuleSetKind.LetterResponse or RuleSetKind.LetterNotHandled => ["Reference", "ObjectionDeadline"],
        RuleSetKind.MailAcknowledgement => ["Reference", "StatusLink"],
        RuleSetKind.LetterInvitation => ["Reference", "HearingDate", "HearingTime"],
        RuleSetKind.LetterHearingReport => ["Reference", "Report"],
        RuleSetKind.LetterSettlement => ["Reference", "AgreedOutcome"],
        RuleSetKind.LetterDecision => ["Reference", "Decision"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a letter template."),
    };
}
