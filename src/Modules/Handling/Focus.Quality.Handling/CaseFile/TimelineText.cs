using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.CaseFile;

/// <summary>Turns a timeline entry's kind and data into a sentence in the reader's language.</summary>
internal static class TimelineText
{
    /// <summary>Kinds that always carry details, unless anonymisation erased them.</summary>
    private static readonly HashSet<string> AlwaysDetailed =
        ["Acknowledged", "AcknowledgementMailed", "InternalNote", "Communication", "AttachmentAdded", "TermExtended", "LetterMailed", "TermSetByHand", "LetterPdfFailed", "InformationRequested", "InformationReceived", "SatisfactionInvited", "SatisfactionGiven"];

    /// <param name="anonymised">Whether the case was anonymised, which erased the details of some entries.</param>
    public static string Describe(IStringLocalizer<HandlingText> text, TimelineView entry, bool anonymised) => entry.Kind switch
    {
        _ when entry.Details is null && AlwaysDetailed.Contains(entry.Kind) => text["Timeline.Erased"],
        "Anonymised" => text["Timeline.Anonymised", entry.Details ?? string.Empty],
        "Received" => text["Timeline.Received", text[$"Channel.{entry.Details}"]],
        "Registered" => entry.Actor is null ? text["Timeline.RegisteredByForm"] : text["Timeline.Registered"],
        "TermsSet" => text["Timeline.TermsSet", string.Join(", ", Terms(text, entry.Details))],
        "Acknowledged" => Acknowledged(text, entry.Details),
        "TermWarning" => text["Timeline.TermWarning", string.Join(", ", Terms(text, entry.Details))],
        "TermBreached" => text["Timeline.TermBreached", string.Join(", ", Terms(text, entry.Details))],
        "InternalNote" => text["Timeline.InternalNote", entry.Details ?? string.Empty],
        "Communication" => Communication(text, entry.Details!),
        "AttachmentAdded" => text["Timeline.AttachmentAdded", entry.Details ?? string.Empty],
        "Assigned" => text["Timeline.Assigned", entry.Details ?? string.Empty],
        "TermExtended" => TermExtended(text, "Timeline.TermExtended", entry.Details!),
        "TermSetByHand" => TermExtended(text, "Timeline.TermSetByHand", entry.Details!),
        "TermRuleFailed" => TermRuleFailed(text, entry.Details!),
        "LetterPdfFailed" => text["Timeline.LetterPdfFailed", entry.Details!.Split('|', 2)[0], entry.Details.Split('|', 2)[1]],
        "Responded" => text["Timeline.Responded", text[$"Judgement.{entry.Details}"]],
        "NotHandled" => text["Timeline.NotHandled", text[$"Reason.{entry.Details}"]],
        "AcknowledgementMailed" => text["Timeline.AcknowledgementMailed", entry.Details ?? string.Empty],
        "LetterMailed" => text["Timeline.LetterMailed", entry.Details ?? string.Empty],
        "LetterByPost" => LetterByPost(text, entry.Details, anonymised),
        "Closed" => text["Timeline.Closed", DateOnly.ParseExact(entry.Details!, "yyyy-MM-dd").ToString("d")],
        "ObjectionRegistered" => text[entry.Details!.EndsWith("|True", StringComparison.Ordinal) ? "Timeline.ObjectionRegisteredLate" : "Timeline.ObjectionRegistered", Day(entry.Details.Split('|')[0])],
        "LateObjectionAdmitted" => text["Timeline.LateObjectionAdmitted", entry.Details ?? string.Empty],
        "HearingScheduled" => Hearing(text, entry.Details!),
        "HearingHeld" => text["Timeline.HearingHeld", Day(entry.Details!)],
        "HearingWaived" => text["Timeline.HearingWaived", Day(entry.Details!)],
        "ObjectionConcluded" => text[$"Timeline.ObjectionConcluded.{entry.Details!.Split('|')[0]}", Day(entry.Details.Split('|')[1])],
        "PortalLinkRenewed" or "PortalLinkRevoked" => text[$"Timeline.{entry.Kind}"],
        "InformationRequested" or "InformationReceived" => text[$"Timeline.{entry.Kind}", entry.Details ?? string.Empty],
        "SatisfactionInvited" => text["Timeline.SatisfactionInvited", entry.Details ?? string.Empty],
        "SatisfactionGiven" => Satisfaction(text, entry.Details!.Split('|', 3)),
        "TermResumed" => text["Timeline.TermResumed", Day(entry.Details!.Split('|')[0].Split('=')[1]), entry.Details.Split('|')[1]],
        "ReviewRequested" or "ResponseApproved" or "ReturnedForRework" => text[$"Timeline.{entry.Kind}", entry.Details is null ? string.Empty : $": {entry.Details}"],
        "WorkflowVersionChanged" => text["Timeline.WorkflowVersionChanged", [.. entry.Details!.Split('|')]],
        "WorkflowVersionKept" => VersionKept(text, entry.Details!.Split('|')),
        _ => entry.Kind,
    };

    /// <summary>Details: the score, whether the complaint was resolved, and the complainant's comment (may be empty).</summary>
    private static string Satisfaction(IStringLocalizer<HandlingText> text, string[] parts) =>
        text["Timeline.SatisfactionGiven", parts[0], text[bool.Parse(parts[1]) ? "Satisfaction.Yes" : "Satisfaction.No"], parts[2].Length > 0 ? $" — {parts[2]}" : string.Empty];

    /// <summary>Details: the version the case was not moved to, the problem's name and the state or term it is about.</summary>
    private static string VersionKept(IStringLocalizer<HandlingText> text, string[] parts) =>
        text["Timeline.WorkflowVersionKept", parts[0], parts[1] switch
        {
            "TermWouldVanish" => text["Move.TermWouldVanish", text[$"Term.{parts[2]}"]],
            _ => text["Move.StateNotMapped"],
        }];

    /// <summary>A letter by post names the address it goes to; without one (and not because it was erased) someone has to ask for it.</summary>
    private static string LetterByPost(IStringLocalizer<HandlingText> text, string? address, bool anonymised) => (address, anonymised) switch
    {
        ({ } known, _) => text["Timeline.LetterByPost", known],
        (null, true) => text["Timeline.Erased"],
        (null, false) => text["Timeline.LetterByPostNoAddress"],
    };

    private static string Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd").ToString("d");

    private static string Hearing(IStringLocalizer<HandlingText> text, string details)
    {
        var parts = details.Split('|');
        var at = DateTimeOffset.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return text[parts[2] == "True" ? "Timeline.HearingScheduledWithEmployee" : "Timeline.HearingScheduled", text[$"HearingForm.{parts[0]}"], at.ToLocalDisplay()];
    }

    private static IEnumerable<string> Terms(IStringLocalizer<HandlingText> text, string? details) =>
        (details ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Select(pair => $"{text[$"Term.{pair[0]}"]} {DateOnly.ParseExact(pair[1], "yyyy-MM-dd"):d}");

    private static string Communication(IStringLocalizer<HandlingText> text, string details)
    {
        var parts = details.Split('|', 3);
        return text["Timeline.Communication", text[$"Communication.{parts[0]}"], text[$"Direction.{parts[1]}"], parts[2]];
    }

    private static string TermExtended(IStringLocalizer<HandlingText> text, string key, string details)
    {
        var (term, reason) = (details.Split(": ", 2)[0].Split('='), details.Split(": ", 2)[1]);
        return text[key, text[$"Term.{term[0]}"], DateOnly.ParseExact(term[1], "yyyy-MM-dd").ToString("d"), reason];
    }

    private static string TermRuleFailed(IStringLocalizer<HandlingText> text, string details)
    {
        var parts = details.Split('|', 4);
        return text["Timeline.TermRuleFailed", RuleWords.TermRule(text, parts[0]), text[$"Term.{parts[0]}"], Day(parts[1]), parts[3]];
    }

    private static string Acknowledged(IStringLocalizer<HandlingText> text, string? details)
    {
        var parts = (details ?? string.Empty).Split(": ", 2);
        var sentence = text["Timeline.Acknowledged", text[$"Method.{parts[0]}"]].Value;
        return parts.Length == 2 ? $"{sentence} — {parts[1]}" : sentence;
    }
}
