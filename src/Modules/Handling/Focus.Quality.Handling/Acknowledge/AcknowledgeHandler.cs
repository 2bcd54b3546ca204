using FluentValidation;
using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.Acknowledge;

internal sealed class AcknowledgeHandler(
    HandlingDbContext db, IValidator<AcknowledgeForm> validator, IStringLocalizer<HandlingText> text, TimeProvider clock)
{
    public async Task<Result<bool>> HandleAsync(string reference, AcknowledgeForm form, string by, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("acknowledge");
        activity?.SetTag("focus.reference", reference);
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<bool>.Invalid(validation.ToDictionary());
        }

        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (@case is null)
        {
            return Result<bool>.NotFound();
        }

        if (@case.Status != CaseStatus.Registered)
        {
            return Result<bool>.Conflict(text["Acknowledge.AlreadyDone"]);
        }

        // Screens enter times to the minute, so a receipt at 10:15:42 may be acknowledged "at 10:15".
        var receivedMinute = @case.ReceivedAt.AddTicks(-(@case.ReceivedAt.Ticks % TimeSpan.TicksPerMinute));
        if (form.AcknowledgedAt < receivedMinute)
        {
            return Result<bool>.Invalid(nameof(AcknowledgeForm.AcknowledgedAt), text["Validation.AcknowledgedBeforeReceipt"]);
        }

        var acknowledged = @case.Acknowledge(form.Method, form.AcknowledgedAt, by, string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), clock.GetUtcNow());
        db.Publish(acknowledged);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Conflict(text["Common.ChangedByOther"]);
        }

        HandlingTelemetry.Acknowledgements.Add(1, new KeyValuePair<string, object?>("on_time", acknowledged.OnTime));
        return Result<bool>.Success(acknowledged.OnTime);
    }
}
