using Focus.Quality.Intake.Contracts;
using Focus.Quality.Reporting.Persistence;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.Reporting.ReadModel;

internal sealed class ComplaintRegisteredProjection(ReportingDbContext db) : IIntegrationEventHandler<ComplaintRegistered>, IBatchableEventHandler
{
    public Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        db.Facts.Add(new ComplaintFact
        {
            Id = integrationEvent.ComplaintId,
            Reference = integrationEvent.Reference,
            Channel = integrationEvent.Channel,
            Category = integrationEvent.Category,
            ReceivedAt = integrationEvent.ReceivedAt,
            ReceivedOn = AmsterdamTime.DateOf(integrationEvent.ReceivedAt),
            Handler = integrationEvent.RegisteredBy,
        });
        return Task.CompletedTask;
    }
}

internal sealed class SignalRecordedProjection(ReportingDbContext db) : IIntegrationEventHandler<SignalRecorded>, IBatchableEventHandler
{
    public Task HandleAsync(SignalRecorded integrationEvent, CancellationToken cancellationToken)
    {
        db.Facts.Add(new ComplaintFact
        {
            Id = integrationEvent.SignalId,
            IsSignal = true,
            Channel = integrationEvent.Channel,
            Category = integrationEvent.Category,
            ReceivedAt = integrationEvent.ReceivedAt,
            ReceivedOn = AmsterdamTime.DateOf(integrationEvent.ReceivedAt),
        });
        return Task.CompletedTask;
    }
}
