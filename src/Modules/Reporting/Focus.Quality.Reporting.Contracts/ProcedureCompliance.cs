namespace Focus.Quality.Reporting.Contracts;

/// <summary>A requirement of the complaints procedure that each case is checked against.</summary>
public enum ComplianceItem
{
    AcknowledgedInTime,
    AnsweredInTime,
    LetterHoldsSummaryAndSolution,
    InvitedWithinAWeek,
    EmployeeInvited,
    WrittenReport,
    DecisionWithinTwoWeeksOfWaiver,
    NoTermLeftPaused,
}

/// <summary>
/// How a case did on one requirement. <paramref name="Met"/> is null while it cannot be judged yet or does not apply;
/// <paramref name="Applies"/> tells which (false: no objection, no employee named, the hearing waived);
/// <paramref name="Due"/> and <paramref name="Done"/> are the evidence.
/// </summary>
public sealed record ComplianceResult(ComplianceItem Item, bool? Met, DateOnly? Due, DateOnly? Done, bool Applies = true);

/// <summary>The procedure-compliance check of a case, computed by Reporting from the events of every module.</summary>
public interface IProcedureCompliance
{
    /// <summary>Null when Reporting does not know the case (yet).</summary>
    Task<IReadOnlyList<ComplianceResult>?> CheckAsync(string reference, CancellationToken cancellationToken);
}
