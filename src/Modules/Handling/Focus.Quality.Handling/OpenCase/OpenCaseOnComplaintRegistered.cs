using Focus.Quality.Handling.Domain;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Resources;
using Focus.Quality.Handling.RuleFailures;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Handling.OpenCase;

/// <summary>
/// Puts a newly registered complaint on the worklist with the terms the rules in force give it. A term whose rule fails
/// on this complaint is stored to be set by hand and the quality officers are told: the case opens all the same.
/// Each registration adds a case of its own and reads nothing another one adds, so a batch of them is saved at once.
/// </summary>
internal sealed class OpenCaseOnComplaintRegistered(
    HandlingDbContext db, ITermRules termRules, IComplaintWorkflow workflow, IStaffDirectory staff, IStringLocalizer<HandlingText> text, Portal.PortalLinks portal,
    TimeProvider clock)
    : IIntegrationEventHandler<ComplaintRegistered>, IBatchableEventHandler
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
        var @case = Case.Open(integrationEvent, start, terms);
        db.Cases.Add(@case);
        if (integrationEvent.PortalTokenHash is { } portalTokenHash)
        {
            portal.Keep(@case.Reference, portalTokenHash, integrationEvent.OccurredAt);
        }

        db.Publish(@case.Opened(integrationEvent.OccurredAt));
        await RuleFailureAlerts.MailQualityOfficersAsync(db, @case, staff, text, clock.GetUtcNow(), cancellationToken);
    }
}
