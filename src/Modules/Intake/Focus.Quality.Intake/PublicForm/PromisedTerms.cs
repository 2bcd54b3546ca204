using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Resources;
using Focus.Quality.Rules.Contracts;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.PublicForm;

/// <summary>The acknowledgement and response terms as the public form and its receipt promise them, e.g. "5 werkdagen".</summary>
internal sealed record TermPromise(string Acknowledgement, string Response);

/// <summary>
/// Reads the promise from the published term rules, so that the form says what the rules will do once a quality officer
/// changes a term. Rules may set a term by category; before the visitor has chosen one, the form promises the longest.
/// </summary>
internal sealed class PromisedTerms(ITermRules rules, IStringLocalizer<IntakeText> text, TimeProvider clock)
{
    /// <returns>Null when the published rules set no acknowledgement or no response term for a web form complaint.</returns>
    public async Task<TermPromise?> ForAsync(ComplaintCategory? category, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        ComplaintCategory[] categories = category is { } chosen ? [chosen] : Enum.GetValues<ComplaintCategory>();
        var terms = new List<ComputedTerm>();
        foreach (var each in categories)
        {
            var request = new TermRequest(TermTriggers.ComplaintReceived, now, nameof(ComplaintChannel.WebForm), each.ToString());
            terms.AddRange(await rules.ComputeAsync(request, cancellationToken));
        }

        return (Longest(terms, TermCodes.Acknowledgement), Longest(terms, TermCodes.Response)) is ({ } acknowledgement, { } response)
            ? new TermPromise(acknowledgement, response)
            : null;
    }

    private string? Longest(List<ComputedTerm> terms, string code) =>
        terms.Where(t => t.Code == code).MaxBy(t => t.DueDate) is { } term
            ? text[term.Count == 1 ? $"TermLength.{term.Unit}.One" : $"TermLength.{term.Unit}", term.Count].Value
            : null;
}
