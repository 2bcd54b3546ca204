using FluentValidation;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Focus.Quality.Intake.RegisterComplaint;

internal sealed class RegisterComplaintHandler(IntakeDbContext db, IValidator<ComplaintSubmission> validator, TimeProvider clock)
{
    /// <summary>Two first-of-the-year registrations can race to create the year's counter; the loser simply tries again.</summary>
    private const int MaxAttempts = 3;

    public async Task<Result<string>> HandleAsync(ComplaintSubmission submission, string? registeredBy, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("register complaint");
        activity?.SetTag("focus.channel", submission.Channel.ToString());
        var validation = await validator.ValidateAsync(submission, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<string>.Invalid(validation.ToDictionary());
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var reference = await SaveAsync(Normalized(submission), registeredBy, cancellationToken);
                IntakeTelemetry.ComplaintsRegistered.Add(1, new KeyValuePair<string, object?>("channel", submission.Channel.ToString()));
                activity?.SetTag("focus.reference", reference);
                return Result<string>.Success(reference);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<string> SaveAsync(ComplaintSubmission submission, string? registeredBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reference = await ReferenceNumbers.NextAsync(db, AmsterdamTime.DateOf(now).Year, cancellationToken);
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Channel = submission.Channel,
            Category = submission.Category,
            ReceivedAt = submission.ReceivedAt,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
            ComplainantName = submission.ComplainantName!,
            Email = submission.Email,
            Phone = submission.Phone,
            PreferredContact = submission.PreferredContact,
            Description = submission.Description!,
            EmployeeConcerned = submission.EmployeeConcerned,
            ContactPerson = submission.ContactPerson,
        };
        db.Complaints.Add(complaint);
        db.Publish(new ComplaintRegistered(
            Guid.CreateVersion7(), now, complaint.Id, reference, complaint.Channel, complaint.Category, complaint.ReceivedAt,
            complaint.ComplainantName, complaint.PreferredContact, registeredBy));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reference;
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
