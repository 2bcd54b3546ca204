using FluentValidation;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Objections.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Conclude;

/// <summary>Both parties agreed: the outcome is recorded in writing and the objection closes as settled.</summary>
internal sealed class SettleForm
{
    public DateOnly AgreedOn { get; set; }

    public string? AgreedOutcome { get; set; }
}

/// <summary>The director's definitive written decision on the objection.</summary>
internal sealed class DecideForm
{
    public DateOnly DecidedOn { get; set; }

    public Judgement Judgement { get; set; } = Judgement.Unfounded;

    public string? Decision { get; set; }
}

internal sealed class SettleFormValidator : AbstractValidator<SettleForm>
{
    public SettleFormValidator(IStringLocalizer<ObjectionsText> text) =>
        RuleFor(f => f.AgreedOutcome).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.AgreedOutcome"]);
}

internal sealed class DecideFormValidator : AbstractValidator<DecideForm>
{
    public DecideFormValidator(IStringLocalizer<ObjectionsText> text)
    {
        RuleFor(f => f.Decision).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.Decision"]);
        RuleFor(f => f.Judgement).IsInEnum().WithName(_ => text["Field.Judgement"]);
    }
}
