using Focus.Quality.Handling.Contracts;
using Focus.Quality.Objections.Contracts;

namespace Focus.Quality.Objections.Domain;

internal enum ReceivedVia
{
    Letter,
    Email,

    /// <summary>Made by the complainant on the status page, without an original on paper.</summary>
    StatusPage,
}

internal sealed record LateDecision(bool Admitted, string? AdvisingRule, string Reason, string By, DateTimeOffset At);

/// <param name="ConfirmedAt">When the complainant confirmed on the status page that they will take part.</param>
internal sealed record Hearing(DateTimeOffset At, HearingForm Form, string Place, string? EmployeeInvited, DateOnly InvitedOn, string By, DateTimeOffset? ConfirmedAt = null);

internal sealed record HearingReport(DateOnly HeldOn, string Attendees, string Report, string? SettlementProposal, string By);

internal sealed record Waiver(DateOnly WaivedOn, bool DidNotAttend, string By);

internal sealed record Settlement(DateOnly AgreedOn, string AgreedOutcome, string By);

internal sealed record Decision(DateOnly DecidedOn, Judgement Judgement, string Text, string By);
