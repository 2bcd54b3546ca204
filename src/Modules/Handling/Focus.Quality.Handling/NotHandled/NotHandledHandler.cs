using FluentValidation;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Outcomes;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Results;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.NotHandled;

/// <summary>Declares a complaint not admissible; the decision records the advising rule or why the handler overrode the advice.</summary>
internal sealed class NotHandledHandler(
    IValidator<NotHandledForm> validator, AdmissibilityQuery admissibility, CaseOutcomeWriter outcomes, IStringLocalizer<HandlingText> text)
{
    public async Task<Result<Guid>> HandleAsync(string reference, NotHandledForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("declare not handled");
        activity?.SetTag("focus.reference", reference);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var advice = await admissibility.AdviseAsync(reference, form, cancellationToken);
        if (advice is null)
        {
            return Result<Guid>.NotFound();
        }

        var advising = advice.FirstOrDefault(a => a.Reason == form.Reason);
        var overrideReason = string.IsNullOrWhiteSpace(form.OverrideReason) ? null : form.OverrideReason.Trim();
        if (advising is null && overrideReason is null)
        {
            return Result<Guid>.Invalid(nameof(NotHandledForm.OverrideReason), text["Validation.OverrideReasonRequired"]);
        }

        var decision = new NotHandledDecision(
            form.Reason, advising?.RuleName, advising?.RulesVersion, advising is null ? overrideReason : null, form.Motivation!.Trim(), form.LetterDate, by);
        var letter = new OutcomeLetter(DocumentKind.NotHandledLetter, LetterTemplateNames.NotHandled, form.LetterDate, new Dictionary<string, string>
        {
            ["Motivation"] = decision.Motivation,
        });
        return await outcomes.WriteAsync(
            reference, WorkflowActions.DeclareNotHandled, letter, by, (@case, document, objectionTerm, now) => @case.DeclareNotHandled(decision, document, objectionTerm, now), cancellationToken);
    }
}
