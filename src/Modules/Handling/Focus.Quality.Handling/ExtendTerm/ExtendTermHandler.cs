using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.ExtendTerm;

/// <summary>
/// Extends one of Focus's open terms once, e.g. while waiting for information from the complainant; or sets the date of a
/// term whose rule failed ("handmatig vaststellen"), which is no extension: the rule never gave a date. An extension is
/// told to the complainant (<see cref="ExtensionNotice"/>).
/// </summary>
internal sealed class ExtendTermHandler(
    HandlingDbContext db, IWorkingDayCalendar calendar, ExtensionNotice notice, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    /// <summary>An extension is a pause for a reason, not a second deadline: at most this far beyond the original date.</summary>
    private const int MaxExtensionDays = 8 * 7;

    public async Task<Result<DateOnly>> HandleAsync(string reference, ExtendTermForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("extend term");
        if (string.IsNullOrWhiteSpace(form.Reason) || form.Reason.Length > 2000)
        {
            return Result<DateOnly>.Invalid(nameof(ExtendTermForm.Reason), text["Validation.ExtensionReason"]);
        }

        var @case = await db.Cases.Include(c => c.Timeline).SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case?.Term(form.TermCode) is not { } term)
        {
            return Result<DateOnly>.NotFound();
        }

        if (!@case.IsOpenForHandling || !(term.CanBeExtended || term.NeedsDate))
        {
            return Result<DateOnly>.Conflict(text["Extend.NotAllowed"]);
        }

        // The warning window the rule gave (its dates are kept while the term waits for a person) moves with the date.
        var warnDays = calendar.WorkingDaysBetween(term.WarnFrom, term.DueDate);
        var newWarnFrom = calendar.AddWorkingDays(form.NewDueDate, -warnDays);
        if (term.NeedsDate)
        {
            if (form.NewDueDate < term.StartDate || form.NewDueDate > term.StartDate.AddYears(1))
            {
                return Result<DateOnly>.Invalid(nameof(ExtendTermForm.NewDueDate), text["Validation.DateByHand"]);
            }

            @case.SetTermByHand(term, form.NewDueDate, newWarnFrom, form.Reason.Trim(), by, clock.GetUtcNow());
        }
        else if (form.NewDueDate <= term.DueDate || form.NewDueDate > term.DueDate.AddDays(MaxExtensionDays))
        {
            return Result<DateOnly>.Invalid(nameof(ExtendTermForm.NewDueDate), text["Validation.ExtensionDate", MaxExtensionDays / 7]);
        }
        else if (form.ReasonForComplainant?.Length > 2000)
        {
            return Result<DateOnly>.Invalid(nameof(ExtendTermForm.ReasonForComplainant), text["Validation.TooLong", 2000]);
        }
        else
        {
            var now = clock.GetUtcNow();
            db.Publish(@case.ExtendTerm(term, form.NewDueDate, newWarnFrom, form.Reason.Trim(), by, now));
            await notice.QueueAsync(@case, term, string.IsNullOrWhiteSpace(form.ReasonForComplainant) ? null : form.ReasonForComplainant.Trim(), by, now, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<DateOnly>.Conflict(text["Common.ChangedByOther"]);
        }

        return Result<DateOnly>.Success(form.NewDueDate);
    }
}
