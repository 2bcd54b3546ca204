using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Events;

namespace Focus.Quality.Handling.OpenCase;

/// <summary>Puts a newly registered complaint on the worklist with the terms the rules in force give it.</summary>
internal sealed class OpenCaseOnComplaintRegistered(HandlingDbContext db, ITermRules termRules, IComplaintWorkflow workflow) : IIntegrationEventHandler<ComplaintRegistered>
{
    public async Task HandleAsync(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        using var activity = HandlingTelemetry.Source.StartActivity("open case");
        activity?.SetTag("focus.reference", integrationEvent.Reference);
        // The case is pinned to the workflow published now; its first state says which terms start (normally ComplaintReceived).
        var start = await workflow.StartAsync(cancellationToken);
        var terms = start.EntryTrigger is { } trigger
            ? await termRules.ComputeAsync(
                new TermRequest(trigger, integrationEvent.ReceivedAt, integrationEvent.Channel.ToString(), integrationEvent.Category.ToString()), cancellationToken)
            : [];
        var @case = Case.Open(integrationEvent, start.Pin, terms);
        db.Cases.Add(@case);
        db.Publish(@case.Opened(integrationEvent.OccurredAt));
    }
}
