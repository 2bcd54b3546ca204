using FluentValidation;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Register;

/// <summary>An objection received in writing; the original letter or e-mail is uploaded with it.</summary>
internal sealed class RegisterObjectionForm
{
    public string? Reference { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public ReceivedVia Via { get; set; } = ReceivedVia.Letter;

    public string? Grounds { get; set; }
}

internal sealed class RegisterObjectionFormValidator : AbstractValidator<RegisterObjectionForm>
{
    public RegisterObjectionFormValidator(IStringLocalizer<ObjectionsText> text, TimeProvider clock)
    {
        RuleFor(f => f.Reference).NotEmpty().WithName(_ => text["Field.Reference"]);
        RuleFor(f => f.Grounds).NotEmpty().MaximumLength(8000).WithName(_ => text["Field.Grounds"]);
        // Only the status page itself registers what the complainant made there.
        RuleFor(f => f.Via).IsInEnum().NotEqual(ReceivedVia.StatusPage).WithName(_ => text["Field.Via"]);
        RuleFor(f => f.ReceivedOn).Must(date => date <= AmsterdamTime.Today(clock)).WithMessage(_ => text["Validation.NotInFuture"]);
    }
}
