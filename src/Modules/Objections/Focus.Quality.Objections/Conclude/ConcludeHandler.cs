using FluentValidation;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Objections.Steps;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Results;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Conclude;

/// <summary>Ends an objection: a settlement both parties agreed to, or the director's definitive decision; each in a letter.</summary>
internal sealed class ConcludeHandler(
    ObjectionSteps steps, IValidator<SettleForm> settleValidator, IValidator<DecideForm> decideValidator, IStringLocalizer<ObjectionsText> text)
{
    public async Task<Result<Guid>> SettleAsync(string reference, SettleForm form, string by, CancellationToken cancellationToken)
    {
        var errors = (await settleValidator.ValidateAsync(form, cancellationToken)).ToDictionary();
        // Checked with the form's own fields, so the director sees every problem at the first submit.
        if (await steps.HearingHeldOnAsync(reference, cancellationToken) is { } heldOn && form.AgreedOn < heldOn)
        {
            errors[nameof(SettleForm.AgreedOn)] = [text["Validation.SettlementBeforeHearing", heldOn.ToString("d")]];
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Invalid(errors);
        }

        var settlement = new Settlement(form.AgreedOn, form.AgreedOutcome!.Trim(), by);
        var letter = new StepLetter(ObjectionDocumentKind.SettlementLetter, LetterTemplateNames.Settlement, form.AgreedOn, new Dictionary<string, string>
        {
            ["AgreedOutcome"] = settlement.AgreedOutcome,
        });
        return await steps.RunAsync(reference, o => o.CanSettle, letter, by, (objection, document, now) => objection.Settle(settlement, document!, now), cancellationToken);
    }

    public async Task<Result<Guid>> DecideAsync(string reference, DecideForm form, string by, CancellationToken cancellationToken)
    {
        var validation = await decideValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var decision = new Decision(form.DecidedOn, form.Judgement, form.Decision!.Trim(), by);
        var letter = new StepLetter(ObjectionDocumentKind.DecisionLetter, LetterTemplateNames.FinalDecision, form.DecidedOn, new Dictionary<string, string>
        {
            ["Verdict"] = DutchLetters.Compose(() => text[$"Verdict.{form.Judgement}"].Value),
            ["Decision"] = decision.Text,
        });
        return await steps.RunAsync(reference, o => o.CanDecide, letter, by, (objection, document, now) => objection.Decide(decision, document!, now), cancellationToken);
    }
}
