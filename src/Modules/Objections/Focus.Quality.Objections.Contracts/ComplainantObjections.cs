using Focus.Quality.Shared.Results;

namespace Focus.Quality.Objections.Contracts;

/// <summary>A file the complainant attached to an online objection; checked like a staff upload before anything is stored.</summary>
public sealed record OnlineObjectionFile(string FileName, Stream Content);

/// <summary>An objection the complainant made on the status page, received at <paramref name="SubmittedAt"/>.</summary>
public sealed record OnlineObjection(string Reference, string? Grounds, IReadOnlyList<OnlineObjectionFile> Attachments, DateTimeOffset SubmittedAt);

/// <summary>The hearing the director invited the complainant to, and whether they confirmed it.</summary>
public sealed record ComplainantHearing(DateTimeOffset At, HearingForm Form, string Place, DateTimeOffset? ConfirmedAt);

/// <summary>
/// The objection as its complainant may see it: its own reference, when it was received, and what is asked of them.
/// </summary>
/// <param name="AwaitsLateDecision">It came after the term and the director has not yet decided whether to handle it.</param>
/// <param name="Waived">The hearing was waived; the decision is due on <paramref name="DecisionDue"/>.</param>
public sealed record ComplainantObjection(
    string ObjectionReference,
    DateTimeOffset ReceivedAt,
    bool Online,
    bool AwaitsLateDecision,
    bool Open,
    DateOnly? InvitationDue,
    ComplainantHearing? Hearing,
    bool Waived,
    DateOnly? DecisionDue)
{
    /// <summary>The complainant may still confirm the hearing or waive it: invited, and nothing decided on it yet.</summary>
    public bool AwaitsHearingAnswer => Open && Hearing is { ConfirmedAt: null } && !Waived;
}

/// <summary>
/// The objection procedure as the complainant's status page (Handling) uses it: an objection made online goes through
/// the same registration as a written one, and the answer to the hearing invitation through the director's own steps.
/// Handling checks the complainant's secret link before it calls.
/// </summary>
public interface IComplainantObjections
{
    Task<ComplainantObjection?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Registers the objection, or returns the one already made for the case, so a second submit makes no second one.</summary>
    Task<Result<ComplainantObjection>> SubmitAsync(OnlineObjection objection, CancellationToken cancellationToken);

    /// <summary>
    /// The complainant's answer to the hearing invitation: taking part as invited, or waiving the hearing (the director's
    /// waiver step: the decision term starts). Answering again once the answer is recorded changes nothing.
    /// </summary>
    Task<Result<ComplainantObjection>> AnswerHearingAsync(string reference, HearingAnswer answer, CancellationToken cancellationToken);
}

public enum HearingAnswer
{
    /// <summary>Takes part by phone or at the office, as invited.</summary>
    Confirmed,

    /// <summary>"Ik zie af van een mondelinge toelichting."</summary>
    Waived,
}

/// <summary>The objection's own reference, derived from its case's: one objection per case, so "KL-2026-00042" gives "BZ-2026-00042".</summary>
public static class ObjectionReferences
{
    public static string For(string caseReference) => caseReference.StartsWith("KL-", StringComparison.Ordinal) ? "BZ-" + caseReference[3..] : "BZ-" + caseReference;
}
