using FluentValidation;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Shared.Results;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed class RegisterComplaintHandler(RegistrationWriter writer, IValidator<ComplaintSubmission> validator)
{
    /// <param name="registeredBy">The staff member who takes the complaint in; null for the public form.</param>
    public async Task<Result<Registration>> HandleAsync(ComplaintSubmission submission, string? registeredBy, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("register complaint");
        activity?.SetTag("focus.channel", submission.Channel.ToString());
        var context = new ValidationContext<ComplaintSubmission>(submission);
        if (registeredBy is not null)
        {
            context.RootContextData[ComplaintSubmissionValidator.ByStaff] = registeredBy;
        }

        var validation = await validator.ValidateAsync(context, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Registration>.Invalid(validation.ToDictionary());
        }

        var registration = await writer.RegisterAsync(Normalized(submission), registeredBy);
        if (registration.IsNew)
        {
            IntakeTelemetry.ComplaintsRegistered.Add(1, new KeyValuePair<string, object?>("channel", submission.Channel.ToString()));
        }

        activity?.SetTag("focus.reference", registration.Reference);
        activity?.SetTag("focus.repeat", !registration.IsNew);
        return Result<Registration>.Success(registration);
    }

    private static ComplaintSubmission Normalized(ComplaintSubmission s) => s with
    {
        ComplainantName = s.ComplainantName?.Trim(),
        Email = Blank(s.Email),
        Phone = Blank(s.Phone),
        Description = s.Description?.Trim(),
        EmployeeConcerned = Blank(s.EmployeeConcerned),
        ContactPerson = Blank(s.ContactPerson),
        StreetAndNumber = Blank(s.StreetAndNumber),
        Postcode = Blank(s.Postcode) is { } postcode ? DutchPostcode.Normalise(postcode) : null,
        City = Blank(s.City),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
