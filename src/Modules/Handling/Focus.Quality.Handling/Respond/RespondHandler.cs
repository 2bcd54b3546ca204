using FluentValidation;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Outcomes;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Results;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Respond;

/// <summary>Records the written response: summary, proposed solution and judgement, in a letter to the complainant.</summary>
internal sealed class RespondHandler(IValidator<RespondForm> validator, CaseOutcomeWriter outcomes, IStringLocalizer<HandlingText> text)
{
    public async Task<Result<Guid>> HandleAsync(string reference, RespondForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("respond");
        activity?.SetTag("focus.reference", reference);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var response = new WrittenResponse(form.Judgement, form.Summary!.Trim(), form.Solution!.Trim(), form.LetterDate, by);
        var letter = new OutcomeLetter(DocumentKind.ResponseLetter, LetterTemplateNames.Response, form.LetterDate, new Dictionary<string, string>
        {
            ["Summary"] = response.Summary,
            ["Solution"] = response.Solution,
            ["Judgement"] = DutchLetters.Compose(() => text[$"Judgement.{form.Judgement}"].Value.ToLower(DutchLetters.Culture)),
        });
        return await outcomes.WriteAsync(reference, WorkflowActions.Respond, letter, by, (@case, document, objectionTerm, now) => @case.Respond(response, document, objectionTerm, now), cancellationToken);
    }
}
