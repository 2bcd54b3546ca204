using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.Reporting.Compliance;

/// <summary>The procedure-compliance check of one case from its fact, which the events of Handling and Objections built.</summary>
internal static class ComplianceRules
{
    /// <param name="today">The Amsterdam date the check is made on: an open pause is judged against its limit then.</param>
    public static IReadOnlyList<ComplianceResult> Check(ComplaintFact fact, DateOnly today)
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
            new(ComplianceItem.InvitedWithinAWeek, objected ? fact.InvitedOnTime : null, fact.InvitationDue, null, Applies: objected),
            new(ComplianceItem.EmployeeInvited, fact.EmployeeNamed == true ? fact.EmployeeInvited : null, null, null, Applies: objected && fact.EmployeeNamed != false),
            new(ComplianceItem.WrittenReport, fact.HearingHeldOn is not null ? true : null, null, fact.HearingHeldOn, Applies: objected && !waived),
            // Until the objection is decided the complainant may still waive the hearing.
            new(ComplianceItem.DecisionWithinTwoWeeksOfWaiver, waived ? fact.DecisionOnTime : null, fact.DecisionDue, fact.ObjectionConcludedOn,
                Applies: objected && (waived || fact.ObjectionConcludedOn is null)),
            new(ComplianceItem.NoTermLeftPaused, NoTermLeftPaused(fact, today), fact.PauseLimitDue, fact.PausedSince),
        ];
    }

    /// <summary>
    /// A closed case whose term still stands still was left paused, and so is an open one paused past the quality
    /// officer's limit; an open case waiting within the limit is fine. A case never paused is judged once it closes.
    /// </summary>
    private static bool? NoTermLeftPaused(ComplaintFact fact, DateOnly today)
    {
        var closed = fact.ClosedOn is not null || fact.StateCategory == WorkflowStateCategory.Closed;
        if (fact.PausedSince is not null)
        {
            return !closed && !(fact.PauseLimitDue < today);
        }

        return closed || fact.PauseChangedAt is not null || fact.ResponsePausedDays > 0 ? true : null;
    }
}
