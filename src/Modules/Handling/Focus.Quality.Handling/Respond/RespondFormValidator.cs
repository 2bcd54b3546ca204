using FluentValidation;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Respond;

internal sealed class RespondFormValidator : AbstractValidator<RespondForm>
{
    /// <summary>A letter may be dated a few days ahead (prepared on Friday, sent on Monday), not further.</summary>
    private const int MaxDaysAhead = 7;

    public RespondFormValidator(IStringLocalizer<HandlingText> text, TimeProvider clock)
    {
        RuleFor(f => f.Summary).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.Summary"]);
        RuleFor(f => f.Solution).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.Solution"]);
        RuleFor(f => f.Judgement).IsInEnum().WithName(_ => text["Field.Judgement"]);
        RuleFor(f => f.LetterDate)
            .Must(date => date <= AmsterdamTime.Today(clock).AddDays(MaxDaysAhead)).WithMessage(_ => text["Validation.LetterDateTooLate"]);
    }
}
