namespace Focus.Quality.Reporting.Sla;

/// <summary>The complainants' satisfaction answers of a group: how many, the average score, the distribution over 1–5, and how many "nee".</summary>
internal sealed class SatisfactionScores
{
    private readonly int[] _byScore = new int[5];

    public int Answers => _byScore.Sum();

    public double? Average => Answers == 0 ? null : _byScore.Select((count, i) => count * (i + 1)).Sum() / (double)Answers;

    /// <summary>How many answers gave each score, from 1 to 5.</summary>
    public IReadOnlyList<int> Distribution => _byScore;

    public int NotResolved { get; private set; }

    public void Add(int score, bool? resolved)
    {
        if (score is < 1 or > 5)
        {
            return;
        }

        _byScore[score - 1]++;
        NotResolved += resolved == false ? 1 : 0;
    }
}
