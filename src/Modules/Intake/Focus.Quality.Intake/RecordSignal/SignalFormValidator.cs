using FluentValidation;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.RecordSignal;

internal sealed class SignalFormValidator : AbstractValidator<SignalForm>
{
    public SignalFormValidator(IStringLocalizer<IntakeText> text, TimeProvider clock)
    {
        RuleFor(s => s.Channel).IsInEnum().WithName(_ => text["Field.Channel"]);
        RuleFor(s => s.Category).IsInEnum().WithName(_ => text["Field.Category"]);
        RuleFor(s => s.Description).NotEmpty().MaximumLength(ComplaintLimits.Description).WithName(_ => text["Field.Description"]);
        RuleFor(s => s.Resolution).NotEmpty().MaximumLength(ComplaintLimits.Description).WithName(_ => text["Field.Resolution"]);
        RuleFor(s => s.ReceivedAt).Must(at => at <= clock.GetUtcNow().AddMinutes(5)).WithMessage(_ => text["Validation.ReceivedInFuture"]);
    }
}
