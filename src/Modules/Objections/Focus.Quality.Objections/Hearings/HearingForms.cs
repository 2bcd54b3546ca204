using FluentValidation;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Hearings;

/// <summary>The invitation to explain the objection orally, by phone or at the office.</summary>
internal sealed class InviteForm
{
    public DateOnly LetterDate { get; set; }

    /// <summary>Date and time of the hearing on the Amsterdam wall clock.</summary>
    public DateTime? HearingAt { get; set; }

    public HearingForm Form { get; set; } = HearingForm.Office;

    /// <summary>The office address, or the phone number the director will call.</summary>
    public string? Place { get; set; }

    /// <summary>The employee the complaint is about, when invited too (hoor en wederhoor).</summary>
    public string? EmployeeInvited { get; set; }
}

/// <summary>Who attended, the written report, and the settlement Focus proposed, if any.</summary>
internal sealed class HearingReportForm
{
    public DateOnly HeldOn { get; set; }

    public string? Attendees { get; set; }

    public string? Report { get; set; }

    public string? SettlementProposal { get; set; }
}

/// <summary>The complainant said they do not want a hearing, or did not come on the date.</summary>
internal sealed class WaiveForm
{
    public DateOnly WaivedOn { get; set; }

    public bool DidNotAttend { get; set; }
}

internal sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(IStringLocalizer<ObjectionsText> text)
    {
        RuleFor(f => f.HearingAt).NotNull().WithName(_ => text["Field.HearingAt"]);
        RuleFor(f => f.HearingAt).Must((form, at) => at is null || DateOnly.FromDateTime(at.Value) >= form.LetterDate)
            .WithMessage(_ => text["Validation.HearingBeforeLetter"]);
        RuleFor(f => f.Form).IsInEnum().WithName(_ => text["Field.HearingForm"]);
        RuleFor(f => f.Place).NotEmpty().MaximumLength(300).WithName(_ => text["Field.Place"]);
        RuleFor(f => f.EmployeeInvited).MaximumLength(200).WithName(_ => text["Field.EmployeeInvited"]);
    }
}

internal sealed class HearingReportFormValidator : AbstractValidator<HearingReportForm>
{
    public HearingReportFormValidator(IStringLocalizer<ObjectionsText> text, TimeProvider clock)
    {
        // A report records what was said: a hearing that has not happened yet has nothing to report.
        RuleFor(f => f.HeldOn).Must(date => date <= AmsterdamTime.Today(clock)).WithMessage(_ => text["Validation.HearingInFuture"]);
        RuleFor(f => f.Attendees).NotEmpty().MaximumLength(1000).WithName(_ => text["Field.Attendees"]);
        RuleFor(f => f.Report).NotEmpty().MaximumLength(16000).WithName(_ => text["Field.Report"]);
        RuleFor(f => f.SettlementProposal).MaximumLength(8000).WithName(_ => text["Field.SettlementProposal"]);
    }
}
