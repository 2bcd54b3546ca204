using System.Linq.Expressions;
using FluentValidation;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Resources;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed class ComplaintSubmissionValidator : AbstractValidator<ComplaintSubmission>
{
    /// <summary>Clock skew tolerated between a staff member's watch and the server.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private static readonly DateTimeOffset EarliestReceipt = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Root context key, present when a staff member registers the complaint: it cannot have come in through the public form.</summary>
    public const string ByStaff = "by-staff";

    /// <summary>A postal address is all three of these or none of them: a letter cannot go to half an address.</summary>
    private static readonly Expression<Func<ComplaintSubmission, string?>>[] AddressParts = [s => s.StreetAndNumber, s => s.Postcode, s => s.City];

    public ComplaintSubmissionValidator(IStringLocalizer<IntakeText> text, TimeProvider clock)
    {
        RuleFor(s => s.Channel).IsInEnum().WithName(_ => text["Field.Channel"]);
        RuleFor(s => s.Channel).NotEqual(ComplaintChannel.WebForm).WithMessage(_ => text["Validation.WebFormIsPublic"])
            .When((_, context) => context.RootContextData.ContainsKey(ByStaff));
        RuleFor(s => s.Category).IsInEnum().WithName(_ => text["Field.Category"]);
        RuleFor(s => s.PreferredContact).IsInEnum().WithName(_ => text["Field.PreferredContact"]);
        RuleFor(s => s.ComplainantName).NotEmpty().MaximumLength(ComplaintLimits.Name).WithName(_ => text["Field.Name"]);
        RuleFor(s => s.Description).NotEmpty().MaximumLength(ComplaintLimits.Description).WithName(_ => text["Field.Description"]);
        RuleFor(s => s.EmployeeConcerned).MaximumLength(ComplaintLimits.Name).WithName(_ => text["Field.EmployeeConcerned"]);
        RuleFor(s => s.ContactPerson).MaximumLength(ComplaintLimits.Name).WithName(_ => text["Field.ContactPerson"]);
        RuleFor(s => s.Email)
            .MaximumLength(ComplaintLimits.Email).EmailAddress().WithMessage(_ => text["Validation.Email"]).WithName(_ => text["Field.Email"])
            .When(s => !string.IsNullOrWhiteSpace(s.Email));
        RuleFor(s => s.Phone)
            .MaximumLength(ComplaintLimits.Phone).Matches(@"^\+?[0-9][0-9 ()\-]{5,}$").WithName(_ => text["Field.Phone"])
            .WithMessage(_ => text["Validation.Phone"])
            .When(s => !string.IsNullOrWhiteSpace(s.Phone));
        RuleFor(s => s.Email).NotEmpty().WithMessage(_ => text["Validation.EmailForPreference"])
            .When(s => s.PreferredContact == ContactPreference.Email);
        RuleFor(s => s.Phone).NotEmpty().WithMessage(_ => text["Validation.PhoneForPreference"])
            .When(s => s.PreferredContact == ContactPreference.Phone);
        RuleFor(s => s.StreetAndNumber).MaximumLength(ComplaintLimits.StreetAndNumber).WithName(_ => text["Field.StreetAndNumber"]);
        RuleFor(s => s.City).MaximumLength(ComplaintLimits.City).WithName(_ => text["Field.City"]);
        RuleFor(s => s.Postcode).Must(DutchPostcode.IsValid).WithMessage(_ => text["Validation.Postcode"])
            .When(s => !string.IsNullOrWhiteSpace(s.Postcode));
        foreach (var part in AddressParts)
        {
            RuleFor(part).NotEmpty().WithMessage(_ => text["Validation.AddressIncomplete"])
                .When(HasAddress);
        }

        RuleFor(s => s.ReceivedAt)
            .Must(at => at <= clock.GetUtcNow() + FutureTolerance).WithMessage(_ => text["Validation.ReceivedInFuture"])
            .Must(at => at >= EarliestReceipt).WithMessage(_ => text["Validation.ReceivedTooEarly"]);
    }

    private static bool HasAddress(ComplaintSubmission s) =>
        !string.IsNullOrWhiteSpace(s.StreetAndNumber) || !string.IsNullOrWhiteSpace(s.Postcode) || !string.IsNullOrWhiteSpace(s.City);
}
