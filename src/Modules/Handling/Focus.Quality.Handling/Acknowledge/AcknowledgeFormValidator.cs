using FluentValidation;
using Focus.Quality.Handling.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Acknowledge;

internal sealed class AcknowledgeFormValidator : AbstractValidator<AcknowledgeForm>
{
    public AcknowledgeFormValidator(IStringLocalizer<HandlingText> text, TimeProvider clock)
    {
        RuleFor(f => f.Method).IsInEnum().WithName(_ => text["Field.Method"]);
        RuleFor(f => f.Note).MaximumLength(2000).WithName(_ => text["Field.Note"]);
        RuleFor(f => f.AcknowledgedAt)
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5)).WithMessage(_ => text["Validation.AcknowledgedInFuture"]);
    }
}
