using FluentValidation;
using Focus.Quality.Objections.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Late;

/// <summary>The director's decision on a late objection: admit it anyway, or not, always with a reason.</summary>
internal sealed class LateDecisionForm
{
    public bool Admit { get; set; }

    public string? Reason { get; set; }

    public DateOnly LetterDate { get; set; }
}

internal sealed class LateDecisionFormValidator : AbstractValidator<LateDecisionForm>
{
    public LateDecisionFormValidator(IStringLocalizer<ObjectionsText> text) =>
        RuleFor(f => f.Reason).NotEmpty().MaximumLength(2000).WithName(_ => text["Field.LateReason"]);
}
