using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;

namespace Focus.Quality.Reporting.Sla;

/// <summary>The counts behind one row of a breakdown (a month, channel, category or handler) or the whole period.</summary>
internal sealed class SlaCounts
{
    private readonly List<int> _leadDays = [];

    public int Complaints { get; private set; }

    public int Signals { get; private set; }

    public int Acknowledged { get; private set; }

    public int AcknowledgedOnTime { get; private set; }

    public int Responded { get; private set; }

    public int RespondedOnTime { get; private set; }

    public int NotHandled { get; private set; }

    public int Open { get; private set; }

    public int Waiting { get; private set; }

    public int Overdue { get; private set; }

    public int Objections { get; private set; }

    public SatisfactionScores Satisfaction { get; } = new();

    /// <summary>Share of acknowledgements sent within their term; null when none was sent.</summary>
    public double? AcknowledgedOnTimeShare => Share(AcknowledgedOnTime, Acknowledged);

    public double? RespondedOnTimeShare => Share(RespondedOnTime, Responded);

    public double? AverageLeadDays => _leadDays.Count == 0 ? null : _leadDays.Average();

    /// <summary>The lead time that 90% of the responses met (nearest rank).</summary>
    public int? Percentile90LeadDays => _leadDays.Count == 0 ? null : Percentiles.NearestRank(_leadDays, 0.9);

    public void Add(SlaRow row, DateOnly today)
    {
        if (row.IsSignal)
        {
            Signals++;
            return;
        }

        Complaints++;
        Count(row.AcknowledgedOnTime, () => Acknowledged++, () => AcknowledgedOnTime++);
        Count(row.RespondedOnTime, () => Responded++, () => RespondedOnTime++);
        NotHandled += row.Outcome == ReadModel.CaseOutcome.NotHandled ? 1 : 0;
        Open += row.IsOpen ? 1 : 0;
        Waiting += row.IsWaiting ? 1 : 0;
        Overdue += row.IsOverdue(today) ? 1 : 0;
        Objections += row.ObjectionReceivedOn is null ? 0 : 1;
        if (row.SatisfactionScore is { } score)
        {
            Satisfaction.Add(score, row.SatisfactionResolved);
        }
        if (row.LeadDays is { } lead)
        {
            _leadDays.Add(lead);
        }
    }

    private static void Count(bool? onTime, Action counted, Action countedOnTime)
    {
        if (onTime is { } met)
        {
            counted();
            if (met)
            {
                countedOnTime();
            }
        }
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>Everything the dashboard and the SLA workbook show for one period.</summary>
internal sealed class SlaFigures(SlaFilter filter, DateOnly today)
{
    /// <summary>The <see cref="ByHandler"/> key of complaints nobody is assigned to; readers see a word for it.</summary>
    public const string Unassigned = "";

    public SlaFilter Filter { get; } = filter;

    public DateOnly Today { get; } = today;

    public SlaCounts Total { get; } = new();

    public SortedDictionary<DateOnly, SlaCounts> ByMonth { get; } = [];

    public SortedDictionary<ComplaintChannel, SlaCounts> ByChannel { get; } = [];

    public SortedDictionary<ComplaintCategory, SlaCounts> ByCategory { get; } = [];

    /// <summary>Per handler account (<see cref="Unassigned"/> for none).</summary>
    public SortedDictionary<string, SlaCounts> ByHandler { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per reason as Handling sends it (the name of its NotHandledReason).</summary>
    public SortedDictionary<string, int> NotHandledByReason { get; } = [];

    public SortedDictionary<ObjectionOutcome, int> ObjectionOutcomes { get; } = [];

    /// <summary>Open complaints past a term, nearest first; the workbook lists them all.</summary>
    public List<SlaRow> Overdue { get; } = [];

    public void Add(SlaRow row)
    {
        Total.Add(row, Today);
        For(ByMonth, new DateOnly(row.ReceivedOn.Year, row.ReceivedOn.Month, 1)).Add(row, Today);
        For(ByChannel, row.Channel).Add(row, Today);
        For(ByCategory, row.Category).Add(row, Today);
        if (!row.IsSignal)
        {
            For(ByHandler, row.Handler ?? Unassigned).Add(row, Today);
        }

        if (row.NotHandledReason is { } reason)
        {
            NotHandledByReason[reason] = NotHandledByReason.GetValueOrDefault(reason) + 1;
        }

        if (row.ObjectionOutcome is { } outcome)
        {
            ObjectionOutcomes[outcome] = ObjectionOutcomes.GetValueOrDefault(outcome) + 1;
        }

        if (row.IsOverdue(Today))
        {
            Overdue.Add(row);
        }
    }

    private static SlaCounts For<TKey>(SortedDictionary<TKey, SlaCounts> breakdown, TKey key)
        where TKey : notnull
    {
        if (!breakdown.TryGetValue(key, out var counts))
        {
            counts = new SlaCounts();
            breakdown[key] = counts;
        }

        return counts;
    }
}
