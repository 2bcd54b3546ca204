using Focus.Quality.Reporting.Resources;
using Focus.Quality.Reporting.Sla;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Reporting.Dashboard;

/// <summary>
/// What the download button says while and after a workbook is written. It writes rows, one per complaint or signal,
/// so it counts rows and says how many of each kind they are.
/// </summary>
internal static class ExportText
{
    public static string Progress(IStringLocalizer<ReportingText> text, int written, SlaCount count) =>
        text["Download.Progress", written, Counted(text, "Rows", count.Rows), Counted(text, "Complaints", count.Complaints), Counted(text, "Signals", count.Signals)];

    public static string Ready(IStringLocalizer<ReportingText> text, string fileName, SlaCount count) =>
        text["Download.Ready", fileName, Counted(text, "Rows", count.Rows)];

    private static string Counted(IStringLocalizer<ReportingText> text, string what, int count) =>
        text[$"Count.{what}.{(count == 1 ? "One" : "Other")}", count];
}
