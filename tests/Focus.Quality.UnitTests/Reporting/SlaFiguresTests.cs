using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Sla;
using Focus.Quality.Rules.Contracts.Workflow;

namespace Focus.Quality.UnitTests.Reporting;

/// <summary>Every KPI on a small data set whose right answers are worked out by hand in the comments.</summary>
public sealed class SlaFiguresTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    /// <summary>
    /// A: received Thu 24-12-2026; Christmas and the weekend do not count, so acknowledgement was due 31-12; sent 04-01 → late.
    ///    Response term extended from 21-01 to 04-02, letter 01-02 → on time; 39 days; unfounded; objection settled.
    /// B: received 05-01-2027, acknowledged on time, "not handled" letter 12-01 (7 days) on time, reason OutsideSphereOfInfluence.
    /// C: received 06-01-2027, acknowledged on time, letter 15-02 (40 days) after its due date 03-02 → late; objection still running.
    /// D: received 20-02-2027, nothing sent yet, acknowledgement due 27-02 → overdue now (01-03).
    /// E: received 26-02-2027, open, nothing due yet.  S: a signal (counts, no terms).
    /// </summary>
    internal static readonly SlaRow[] Rows =
    [
        Row("KL-2026-00001", D(2026, 12, 24), Channel: ComplaintChannel.Phone, AckDue: D(2026, 12, 31), AckOn: D(2027, 1, 4), AckOnTime: false,
            RespDue: D(2027, 2, 4), RespDueOriginal: D(2027, 1, 21), RespOn: D(2027, 2, 1), RespOnTime: true, Outcome: CaseOutcome.Unfounded,
            ObjectionOn: D(2027, 2, 10), Objection: ObjectionOutcome.Settled, ClosedOn: D(2027, 2, 20)),
        Row("KL-2027-00001", D(2027, 1, 5), AckDue: D(2027, 1, 12), AckOn: D(2027, 1, 6), AckOnTime: true, RespDue: D(2027, 2, 2), RespOn: D(2027, 1, 12),
            RespOnTime: true, Outcome: CaseOutcome.NotHandled, Reason: "OutsideSphereOfInfluence"),
        Row("KL-2027-00002", D(2027, 1, 6), AckDue: D(2027, 1, 13), AckOn: D(2027, 1, 7), AckOnTime: true, RespDue: D(2027, 2, 3), RespOn: D(2027, 2, 15),
            RespOnTime: false, Outcome: CaseOutcome.Founded, ObjectionOn: D(2027, 2, 20)),
        Row("KL-2027-00003", D(2027, 2, 20), Handler: "b@focus.example", AckDue: D(2027, 2, 27), RespDue: D(2027, 3, 20)),
        Row("KL-2027-00004", D(2027, 2, 26), Handler: "b@focus.example", AckDue: D(2027, 3, 5), RespDue: D(2027, 3, 26)),
        Row(null, D(2027, 1, 8), IsSignal: true, Channel: ComplaintChannel.WebForm),
    ];

    [Fact]
    public void The_totals_match_the_hand_count()
    {
        var total = Figures().Total;

        Assert.Equal(5, total.Complaints);
        Assert.Equal(1, total.Signals);
        Assert.Equal(3, total.Acknowledged);
        Assert.Equal(2.0 / 3, total.AcknowledgedOnTimeShare!.Value, 6);
        Assert.Equal(3, total.Responded);
        Assert.Equal(2.0 / 3, total.RespondedOnTimeShare!.Value, 6);
        Assert.Equal(1, total.NotHandled);
        Assert.Equal(2, total.Objections);
        Assert.Equal((39 + 7 + 40) / 3.0, total.AverageLeadDays!.Value, 6);
        Assert.Equal(40, total.Percentile90LeadDays);
        Assert.Equal(2, total.Open);
        Assert.Equal(2, total.Waiting);
        Assert.Equal(1, total.Overdue);
    }

    [Fact]
    public void Reasons_outcomes_and_the_overdue_list_name_the_right_complaints()
    {
        var figures = Figures();

        Assert.Equal(1, figures.NotHandledByReason["OutsideSphereOfInfluence"]);
        Assert.Equal(ObjectionOutcome.Settled, Assert.Single(figures.ObjectionOutcomes).Key);
        Assert.Equal("KL-2027-00003", Assert.Single(figures.Overdue).Reference);
    }

    [Fact]
    public void Breakdowns_split_by_month_channel_category_and_handler()
    {
        var figures = Figures();

        Assert.Equal([D(2026, 12, 1), D(2027, 1, 1), D(2027, 2, 1)], figures.ByMonth.Keys);
        Assert.Equal(2, figures.ByMonth[D(2027, 1, 1)].Complaints);
        Assert.Equal(1, figures.ByMonth[D(2027, 1, 1)].Signals);
        Assert.Equal(0.5, figures.ByMonth[D(2027, 1, 1)].RespondedOnTimeShare);
        Assert.Equal(0.0, figures.ByMonth[D(2026, 12, 1)].AcknowledgedOnTimeShare);
        Assert.Equal(1, figures.ByChannel[ComplaintChannel.Phone].Complaints);
        Assert.Equal(1, figures.ByChannel[ComplaintChannel.WebForm].Signals);
        Assert.Equal(5, figures.ByCategory[ComplaintCategory.Other].Complaints);
        Assert.Equal(2, figures.ByHandler["b@focus.example"].Open);
        Assert.Null(figures.ByHandler["b@focus.example"].AverageLeadDays);
    }

    internal static SlaFigures Figures()
    {
        var figures = new SlaFigures(new SlaFilter(D(2026, 12, 1), D(2027, 2, 28)), Today);
        foreach (var row in Rows)
        {
            figures.Add(row);
        }

        return figures;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static SlaRow Row(
        string? reference, DateOnly received, bool IsSignal = false, ComplaintChannel Channel = ComplaintChannel.Email, string? Handler = "a@focus.example",
        DateOnly? AckDue = null, DateOnly? AckOn = null, bool? AckOnTime = null, DateOnly? RespDue = null, DateOnly? RespDueOriginal = null,
        DateOnly? RespOn = null, bool? RespOnTime = null, CaseOutcome? Outcome = null, string? Reason = null, DateOnly? ObjectionOn = null,
        ObjectionOutcome? Objection = null, DateOnly? ClosedOn = null) =>
        new(reference, IsSignal, Channel, ComplaintCategory.Other, IsSignal ? null : Handler, received, AckDue, AckOn, AckOnTime, RespDue, RespDueOriginal, 0,
            RespOn, RespOnTime, Outcome, Reason, ObjectionOn, Objection, ClosedOn,
            IsSignal ? null : ClosedOn is not null ? WorkflowStateCategory.Closed : RespOn is not null ? WorkflowStateCategory.Waiting : WorkflowStateCategory.Open);
}
