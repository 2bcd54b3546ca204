using FluentValidation;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Results;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed class RegisterComplaintHandler(RegistrationWriter writer, IValidator<ComplaintSubmission> validator)
{
    public async Task<Result<string>> HandleAsync(ComplaintSubmission submission, string? registeredBy, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("register complaint");
        activity?.SetTag("focus.channel", submission.Channel.ToString());
        var validation = await validator.ValidateAsync(submission, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<string>.Invalid(validation.ToDictionary());
        }

        var reference = await writer.RegisterAsync(Normalized(submission), registeredBy);
        IntakeTelemetry.ComplaintsRegistered.Add(1, new KeyValuePair<string, object?>("channel", submission.Channel.ToString()));
        activity?.SetTag("focus.reference", reference);
        return Result<string>.Success(reference);
    }

    private static ComplaintSubmission Normalized(ComplaintSubmission s) => s with
    {
        ComplainantName = s.ComplainantName?.Trim(),
        Email = Blank(s.Email),
        Phone = Blank(s.Phone),
        Description = s.Description?.Trim(),
        EmployeeConcerned = Blank(s.EmployeeConcerned),
        ContactPerson = Blank(s.ContactPerson),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
