using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.ReadModel;

namespace Focus.Quality.Reporting.Compliance;

/// <summary>
/// The procedure-compliance check of one case from its fact. "No term left paused" is Handling's to judge (a pause is
/// not an event other modules see); the others follow from the events of Handling and Objections.
/// </summary>
internal static class ComplianceRules
{
    public static IReadOnlyList<ComplianceResult> Check(ComplaintFact fact)
    {
        var objected = fact.ObjectionReceivedOn is not null;
        var waived = fact.HearingWaivedOn is not null;
        return
        [
            // A letter sent within the acknowledgement term acknowledges the complaint too.
            new(ComplianceItem.AcknowledgedInTime,
                fact.AcknowledgedOnTime ?? (fact.RespondedOn is { } letter && fact.AcknowledgementDue is { } due ? letter <= due : null),
                fact.AcknowledgementDue, fact.AcknowledgedOn ?? fact.RespondedOn),
            new(ComplianceItem.AnsweredInTime, fact.RespondedOnTime, fact.ResponseDue, fact.RespondedOn),
            // The response form requires a summary and a proposed solution; a "not handled" letter holds the motivation instead.
            new(ComplianceItem.LetterHoldsSummaryAndSolution,
                fact.Outcome switch { null => null, CaseOutcome.NotHandled => true, _ => !string.IsNullOrWhiteSpace(fact.Measures) }, null, fact.RespondedOn),
            new(ComplianceItem.InvitedWithinAWeek, objected ? fact.InvitedOnTime : null, fact.InvitationDue, null),
            new(ComplianceItem.EmployeeInvited, fact.EmployeeNamed == true ? fact.EmployeeInvited : null, null, null),
            new(ComplianceItem.WrittenReport, fact.HearingHeldOn is not null ? true : null, null, fact.HearingHeldOn),
            new(ComplianceItem.DecisionWithinTwoWeeksOfWaiver, waived ? fact.DecisionOnTime : null, fact.DecisionDue, fact.ObjectionConcludedOn),
        ];
    }
}
