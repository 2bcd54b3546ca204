using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Letters;

/// <summary>
/// A case's merge fields for a quality officer's preview of a template: the ones its letters always have, and the
/// response or the not-handled motivation once written. Fields the case has no value for yet (no handler, no objection
/// term) are left out, so the preview shows the sample text for them.
/// </summary>
internal sealed class LetterCaseFacts(
    HandlingDbContext db, IComplaintDirectory complaints, LetterComposer composer, IStaffDirectory staff, IStringLocalizer<HandlingText> text, TimeProvider clock)
    : ILetterCaseFacts
{
    public async Task<IReadOnlyDictionary<string, string>?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.Terms).SingleOrDefaultAsync(c => c.Reference == reference.Trim().ToUpperInvariant(), cancellationToken);
        if (@case is null)
        {
            return null;
        }

        var signature = @case.AssignedTo is { } handler ? await staff.SignatureOfAsync(handler, cancellationToken) : new StaffSignature(string.Empty, string.Empty);
        var complaint = await complaints.FindAsync(@case.Reference, cancellationToken);
        var letterDate = @case.Response?.LetterDate ?? @case.NotHandled?.LetterDate ?? AmsterdamTime.Today(clock);
        var values = composer.CommonValues(@case, complaint?.PostalAddress, letterDate, @case.Term(TermCodes.Objection)?.DueDate, signature);
        if (@case.Response is { } response)
        {
            values["Summary"] = response.Summary;
            values["Solution"] = response.Solution;
            values["Judgement"] = DutchLetters.Compose(() => text[$"Judgement.{response.Judgement}"].Value.ToLower(DutchLetters.Culture));
        }

        if (@case.NotHandled is { } notHandled)
        {
            values["Motivation"] = notHandled.Motivation;
        }

        // An empty address is the case's own fact (the letter then has none); other empty fields are not known yet.
        return values.Where(v => v.Value.Length > 0 || v.Key == "ComplainantAddress").ToDictionary();
    }
}
