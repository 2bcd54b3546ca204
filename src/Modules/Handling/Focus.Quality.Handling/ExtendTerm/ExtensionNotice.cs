using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.ExtendTerm;

/// <summary>
/// Tells the complainant that a term was extended, with the new date: the date the acknowledgement promised is no longer
/// true. Only the reason written for the complainant is shared; the internal reason stays on the timeline. Without an
/// e-mail address the timeline asks the handler to send a letter by post.
/// </summary>
internal sealed class ExtensionNotice(HandlingDbContext db, IComplaintDirectory complaints, IStaffDirectory staff, IStringLocalizer<HandlingText> text)
{
    public async Task QueueAsync(Case @case, CaseTerm term, string? sharedReason, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complaint = await complaints.FindAsync(@case.Reference, cancellationToken);
        if (complaint?.Email is not { } email)
        {
            @case.LetterDispatched(null, complaint?.PostalAddress, now);
            return;
        }

        var signature = await staff.SignatureOfAsync(by, cancellationToken);
        db.Publish(DutchLetters.Compose(() => new MailRequested(
            Guid.CreateVersion7(), now, email, text["Mail.TermExtended.Subject", @case.Reference],
            text["Mail.TermExtended.Body", @case.ComplainantName, @case.Reference, text[$"Term.{term.Code}"].Value.ToLower(DutchLetters.Culture),
                DutchLetters.LongDate(term.DueDate), sharedReason is null ? string.Empty : text["Mail.TermExtended.Reason", sharedReason], signature.Name, signature.Function],
            [], @case.Reference, MailTopics.TermExtended)));
        @case.LetterDispatched(email, null, now);
    }
}
