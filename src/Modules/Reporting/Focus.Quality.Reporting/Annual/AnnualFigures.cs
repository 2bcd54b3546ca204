using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Sla;

namespace Focus.Quality.Reporting.Annual;

/// <summary>One complaint as the annual report reads it.</summary>
internal sealed record AnnualRow(
    string? Reference, bool IsSignal, ComplaintCategory Category, DateOnly ReceivedOn, DateOnly? RespondedOn, bool? RespondedOnTime, CaseOutcome? Outcome,
    ObjectionOutcome? ObjectionOutcome, bool Objected, string? Measures, int? SatisfactionScore = null, bool? SatisfactionResolved = null);

/// <summary>A measure taken after a (partly) founded complaint, for the management review.</summary>
internal sealed record Measure(string Reference, ComplaintCategory Category, CaseOutcome Outcome, DateOnly RespondedOn, string Text);

/// <summary>The registration of complaints for one year: numbers per category and outcome, lead times, measures taken.</summary>
internal sealed class AnnualFigures(int year)
{
    public int Year { get; } = year;

    public Compliance.ComplianceTally Compliance { get; } = new();

    public int Signals { get; private set; }

    /// <summary>Complaints per category and outcome; a null outcome means still open.</summary>
    public Dictionary<(ComplaintCategory Category, CaseOutcome? Outcome), int> ByCategoryAndOutcome { get; } = [];

    public SortedDictionary<ComplaintCategory, LeadTimes> LeadTimesByCategory { get; } = [];

    public LeadTimes LeadTimes { get; } = new();

    public SortedDictionary<ObjectionOutcome, int> Objections { get; } = [];

    public int ObjectionsOpen { get; private set; }

    public List<Measure> Measures { get; } = [];

    /// <summary>The complainants' satisfaction answers after closing, per category and in all.</summary>
    public SortedDictionary<ComplaintCategory, SatisfactionScores> SatisfactionByCategory { get; } = [];

    public SatisfactionScores Satisfaction { get; } = new();

    public int Complaints => ByCategoryAndOutcome.Values.Sum();

    public void Add(AnnualRow row)
    {
        if (row.IsSignal)
        {
            Signals++;
            return;
        }

        ByCategoryAndOutcome[(row.Category, row.Outcome)] = ByCategoryAndOutcome.GetValueOrDefault((row.Category, row.Outcome)) + 1;
        if (row.RespondedOn is { } responded)
        {
            var days = responded.DayNumber - row.ReceivedOn.DayNumber;
            LeadTimes.Add(days, row.RespondedOnTime == true);
            if (!LeadTimesByCategory.TryGetValue(row.Category, out var byCategory))
            {
                LeadTimesByCategory[row.Category] = byCategory = new LeadTimes();
            }

            byCategory.Add(days, row.RespondedOnTime == true);
            if (row.Outcome is CaseOutcome.Founded or CaseOutcome.PartlyFounded && !string.IsNullOrWhiteSpace(row.Measures))
            {
                Measures.Add(new Measure(row.Reference!, row.Category, row.Outcome.Value, responded, row.Measures.Trim()));
            }
        }

        if (row.SatisfactionScore is { } score)
        {
            Satisfaction.Add(score, row.SatisfactionResolved);
            if (!SatisfactionByCategory.TryGetValue(row.Category, out var scores))
            {
                SatisfactionByCategory[row.Category] = scores = new SatisfactionScores();
            }

            scores.Add(score, row.SatisfactionResolved);
        }

        if (row.ObjectionOutcome is { } outcome)
        {
            Objections[outcome] = Objections.GetValueOrDefault(outcome) + 1;
        }
        else if (row.Objected)
        {
            ObjectionsOpen++;
        }
    }
}

/// <summary>Lead times in calendar days, with the share handled within the term.</summary>
internal sealed class LeadTimes
{
    private readonly List<int> _days = [];
    private int _onTime;

    public int Count => _days.Count;

    public double? Average => _days.Count == 0 ? null : _days.Average();

    public int? Percentile90 => _days.Count == 0 ? null : Percentiles.NearestRank(_days, 0.9);

    public double? OnTimeShare => _days.Count == 0 ? null : (double)_onTime / _days.Count;

    public void Add(int days, bool onTime)
    {
        _days.Add(days);
        _onTime += onTime ? 1 : 0;
    }
}
