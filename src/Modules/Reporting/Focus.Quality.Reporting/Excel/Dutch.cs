using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;

namespace Focus.Quality.Reporting.Excel;

/// <summary>The workbook's Dutch words: the report is a Dutch document for the quality mark, whatever the reader's UI language.</summary>
internal static class Dutch
{
    public static string Of(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Phone => "Telefoon",
        ComplaintChannel.Email => "E-mail",
        ComplaintChannel.WebForm => "Digitaal klachtenformulier",
        _ => "Via contactpersoon/adviseur",
    };

    public static string Of(ComplaintCategory category) => category switch
    {
        ComplaintCategory.WayOfWorking => "Werkwijze",
        ComplaintCategory.Accessibility => "Bereikbaarheid",
        ComplaintCategory.Treatment => "Bejegening",
        _ => "Overig",
    };

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Founded => "Gegrond",
        CaseOutcome.PartlyFounded => "Deels gegrond",
        CaseOutcome.Unfounded => "Ongegrond",
        _ => "Niet in behandeling genomen",
    };

    public static string Of(ObjectionOutcome outcome) => outcome switch
    {
        ObjectionOutcome.Settled => "Geschikt",
        ObjectionOutcome.Decided => "Besloten",
        _ => "Niet ontvankelijk (te laat)",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => string.Empty,
    };
}
