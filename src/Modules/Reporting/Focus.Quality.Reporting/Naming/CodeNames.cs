using System.Globalization;
using System.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Resources;
using Focus.Quality.Rules.Contracts;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Reporting.Naming;

/// <summary>
/// The words for the codes the dashboard and the workbooks show (channels, categories, outcomes, not-handled reasons):
/// ReportingText holds a Dutch and an English name for each, so no enum or rule name reaches a reader.
/// </summary>
internal sealed class CodeNames(Func<string, string> text)
{
    private static readonly ResourceManager Texts = new(typeof(ReportingText));

    /// <summary>The workbooks' names: a Dutch document for the quality mark, whatever the reader's UI language.</summary>
    public static CodeNames Dutch { get; } = new(key => Texts.GetString(key, CultureInfo.GetCultureInfo("nl-NL"))
        ?? throw new InvalidOperationException($"ReportingText has no {key}."));

    /// <summary>The names in the reader's UI language, for the dashboard.</summary>
    public static CodeNames In(IStringLocalizer<ReportingText> localizer) => new(key => localizer[key]);

    public string Of(ComplaintChannel channel) => text($"Channel.{channel}");

    public string Of(ComplaintCategory category) => text($"Category.{category}");

    /// <summary>A complaint's outcome; null while it is still open.</summary>
    public string Of(CaseOutcome? outcome) => text($"Outcome.{outcome?.ToString() ?? "Open"}");

    public string Of(ObjectionOutcome outcome) => text($"Objection.{outcome}");

    /// <summary>
    /// Handling sends the reason as the name of its <see cref="NotHandledReason"/>; a reason this module does not know
    /// (from a newer Handling) is shown as sent rather than hidden.
    /// </summary>
    public string NotHandledReason(string reason) =>
        Enum.TryParse<NotHandledReason>(reason, out var known) && Enum.IsDefined(known) ? text($"Reason.{known}") : reason;

    public string Kind(bool isSignal) => text(isSignal ? "Kind.Signal" : "Kind.Complaint");

    public string YesNo(bool? value) => value switch
    {
        true => text("Answer.Yes"),
        false => text("Answer.No"),
        null => string.Empty,
    };

    public string Unassigned => text("Handler.Unassigned");
}
