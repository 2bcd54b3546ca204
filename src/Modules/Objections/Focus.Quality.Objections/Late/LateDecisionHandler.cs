using FluentValidation;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Objections.Steps;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Results;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Late;

/// <summary>Admits a late objection with a reason, or declares it not admissible in a decision letter.</summary>
internal sealed class LateDecisionHandler(ObjectionSteps steps, IValidator<LateDecisionForm> validator, IStringLocalizer<ObjectionsText> text)
{
    public async Task<Result<Guid>> HandleAsync(string reference, LateDecisionForm form, string by, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var reason = form.Reason!.Trim();
        if (form.Admit)
        {
            return await steps.RunAsync(
                reference, o => o.AwaitsLateDecision, null, by, (objection, _, now) => objection.AdmitLate(reason, by, now), cancellationToken);
        }

        var letter = new StepLetter(ObjectionDocumentKind.DecisionLetter, LetterTemplateNames.FinalDecision, form.LetterDate, new Dictionary<string, string>
        {
            ["Verdict"] = DutchLetters.Compose(() => text["Verdict.NotAdmissible"].Value),
            ["Decision"] = reason,
        });
        return await steps.RunAsync(
            reference, o => o.AwaitsLateDecision, letter, by,
            (objection, document, now) => objection.RejectLate(reason, document!, form.LetterDate, by, now), cancellationToken);
    }
}
