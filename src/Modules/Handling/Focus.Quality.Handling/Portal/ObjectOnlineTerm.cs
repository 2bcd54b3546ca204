using System.Globalization;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Portal;

/// <summary>The objection term of the case's letter as the status page shows it: the date the letter gave, Atw-extended.</summary>
internal static class ObjectOnlineTerm
{
    /// <summary>None before a response or "not handled" letter was sent: there is nothing to object to yet.</summary>
    public static (DateOnly LetterDate, DateOnly Due)? Of(StatusView view) =>
        view.Letters.LastOrDefault() is { } letter && view.Terms.FirstOrDefault(t => t.Term == TermCodes.Objection) is { } term
            ? (letter.Date, term.DueDate)
            : null;

    /// <summary>Until when, or that the term has passed and the director judges a late objection.</summary>
    public static string Deadline(IStringLocalizer<HandlingText> text, DateOnly due, DateOnly today) =>
        text[today <= due ? "Portal.Objection.Deadline" : "Portal.Objection.Late", due.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)];
}
