using FluentValidation;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.NotHandled;

internal sealed class NotHandledFormValidator : AbstractValidator<NotHandledForm>
{
    public NotHandledFormValidator(IStringLocalizer<HandlingText> text, TimeProvider clock)
    {
        RuleFor(f => f.Reason).IsInEnum().WithName(_ => text["Field.Reason"]);
        RuleFor(f => f.Motivation).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.Motivation"]);
        RuleFor(f => f.OverrideReason).MaximumLength(2000).WithName(_ => text["Field.OverrideReason"]);
        RuleFor(f => f.ConductOn)
            .Must(date => date is null || date <= AmsterdamTime.Today(clock)).WithMessage(_ => text["Validation.ConductInFuture"]);
        RuleFor(f => f.LetterDate)
            .Must(date => date <= AmsterdamTime.Today(clock).AddDays(7)).WithMessage(_ => text["Validation.LetterDateTooLate"]);
    }
}
