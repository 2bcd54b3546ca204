using Focus.Quality.Reporting.Contracts;
using Focus.Quality.Reporting.ReadModel;

namespace Focus.Quality.Reporting.Compliance;

/// <summary>Per requirement, how many cases could be judged on it and how many met it; and how many cases met every one that applied.</summary>
internal sealed class ComplianceTally
{
    public static readonly IReadOnlyDictionary<ComplianceItem, string> DutchNames = new Dictionary<ComplianceItem, string>
    {
        [ComplianceItem.AcknowledgedInTime] = "Ontvangst op tijd bevestigd",
        [ComplianceItem.AnsweredInTime] = "Reactie of besluit niet in behandeling op tijd",
        [ComplianceItem.LetterHoldsSummaryAndSolution] = "Brief met samenvatting en voorgestelde oplossing",
        [ComplianceItem.InvitedWithinAWeek] = "Uitnodiging hoorzitting binnen een week",
        [ComplianceItem.EmployeeInvited] = "Genoemde medewerker uitgenodigd",
        [ComplianceItem.WrittenReport] = "Schriftelijk verslag van de hoorzitting",
        [ComplianceItem.DecisionWithinTwoWeeksOfWaiver] = "Beslissing binnen twee weken na afzien hoorzitting",
        [ComplianceItem.NoTermLeftPaused] = "Geen termijn blijft stilstaan",
    };

    public Dictionary<ComplianceItem, (int Judged, int Met)> ByItem { get; } = DutchNames.Keys.ToDictionary(i => i, _ => (0, 0));

    /// <summary>Cases with at least one requirement judged.</summary>
    public int Cases { get; private set; }

    public int CasesFullyMet { get; private set; }

    public double? FullyMetShare => Cases == 0 ? null : (double)CasesFullyMet / Cases;

    public void Add(ComplaintFact fact, DateOnly today)
    {
        var judged = ComplianceRules.Check(fact, today).Where(r => r.Met is not null).ToList();
        if (judged.Count == 0)
        {
            return;
        }

        Cases++;
        CasesFullyMet += judged.All(r => r.Met == true) ? 1 : 0;
        foreach (var result in judged)
        {
            var (count, met) = ByItem[result.Item];
            ByItem[result.Item] = (count + 1, met + (result.Met == true ? 1 : 0));
        }
    }
}
