using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Mail;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Shared.Terms;

/// <summary>
/// The e-mail about warnings and breaches on one file, in Dutch. Each module's texts name the file ("klacht",
/// "bezwaar") under the same keys: Mail.Signal.Subject{Warning,Breached}, Mail.Signal.{Warning,Breached},
/// Mail.Signal.Body and Term.{code}.
/// </summary>
public static class TermSignalMail
{
    public static MailRequested Compose(
        IStringLocalizer text, string reference, IReadOnlyList<(TermSignal Signal, DateOnly DueDate)> signalled, string to, DateTimeOffset now) =>
        DutchLetters.Compose(() =>
        {
            var lines = signalled.Select(s =>
                text[s.Signal.Breached ? "Mail.Signal.Breached" : "Mail.Signal.Warning", text[$"Term.{s.Signal.TermCode}"], DutchLetters.LongDate(s.DueDate)].Value);
            var subject = text[signalled.Any(s => s.Signal.Breached) ? "Mail.Signal.SubjectBreached" : "Mail.Signal.SubjectWarning", reference];
            return new MailRequested(Guid.CreateVersion7(), now, to, subject, text["Mail.Signal.Body", reference, string.Join("\n", lines)], []);
        });
}
