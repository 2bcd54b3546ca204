using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.Handling.Portal;

internal enum StepState
{
    Done,
    Current,
    Upcoming,
}

/// <summary>A step of the procedure as the complainant reads it; <paramref name="Step"/> names its text.</summary>
internal sealed record StatusStep(string Step, StepState State, DateOnly? On);

/// <summary>A term by its dates only: <paramref name="Term"/> names its text, <paramref name="Situation"/> how it stands.</summary>
/// <param name="PausedOn">Since when the term stands still while Focus waits for the complainant; <paramref name="PausedDays"/> what earlier pauses added.</param>
internal sealed record StatusTerm(string Term, string Situation, DateOnly DueDate, DateOnly? CompletedOn, DateOnly? OriginalDueDate, DateOnly? PausedOn, int PausedDays);

internal sealed record StatusLetter(Guid Id, string Kind, DateOnly Date, string Format);

/// <summary>
/// What the complainant's status page shows, and nothing else: no notes, no timeline details, no staff but the handler
/// who signs the letters, no contact details of anyone.
/// </summary>
internal sealed record StatusView(
    string Reference,
    DateOnly ReceivedOn,
    IReadOnlyList<StatusStep> Steps,
    IReadOnlyList<StatusTerm> Terms,
    IReadOnlyList<StatusLetter> Letters,
    StaffSignature? Handler,
    ContactPreference? PreferredContact);
