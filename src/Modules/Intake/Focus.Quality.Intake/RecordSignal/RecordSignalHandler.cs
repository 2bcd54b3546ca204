using FluentValidation;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.Domain;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.Resources;
using Focus.Quality.Shared.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Intake.RecordSignal;

internal sealed class RecordSignalHandler(IntakeDbContext db, IValidator<SignalForm> validator, IStringLocalizer<IntakeText> text, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(SignalForm form, string recordedBy, CancellationToken cancellationToken)
    {
        using var activity = IntakeTelemetry.Source.StartActivity("record signal");
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var now = clock.GetUtcNow();
        if (form.MailId is { } mailId)
        {
            // Signal and decision in one transaction: the mail never stays open beside its signal, nor leaves without it.
            var mail = await db.InboxMails.SingleOrDefaultAsync(m => m.Id == mailId, cancellationToken);
            if (mail?.Status != InboxMailStatus.Open)
            {
                return Result<Guid>.Conflict(text["Inbox.AlreadyHandled"]);
            }

            mail.Decide(InboxMailStatus.RecordedAsSignal, recordedBy, now);
        }

        var signal = new Signal
        {
            Id = Guid.CreateVersion7(),
            Channel = form.Channel,
            Category = form.Category,
            ReceivedAt = form.ReceivedAt,
            Description = form.Description!.Trim(),
            Resolution = form.Resolution!.Trim(),
            RecordedBy = recordedBy,
        };
        db.Signals.Add(signal);
        db.Publish(new SignalRecorded(Guid.CreateVersion7(), now, signal.Id, signal.Channel, signal.Category, signal.ReceivedAt, recordedBy));
        await db.SaveChangesAsync(cancellationToken);
        IntakeTelemetry.SignalsRecorded.Add(1, new KeyValuePair<string, object?>("channel", signal.Channel.ToString()));
        return Result<Guid>.Success(signal.Id);
    }
}
