using Focus.Quality.Intake.Contracts;

namespace Focus.Quality.Bench.Seeding;

/// <summary>
/// One complaint's life as every module saw it, derived from its number alone, so the four module databases can be
/// filled in parallel and still agree (the same reference, status, letter and objection everywhere).
/// </summary>
internal sealed record Story(
    int Number, int Sequence, Guid ComplaintId, Guid CaseId, string Reference, DateOnly Received, string Channel, string Category, string Handler,
    string Status, DateOnly? LetterDate, string? Outcome, DateOnly? ObjectionReceived, string? ObjectionStatus)
{
    public const int Handlers = 25;
    private static readonly DateOnly First = new(2024, 1, 1);
    private static readonly string[] OpenStatuses = ["Registered", "Acknowledged", "Responded", "NotHandled", "InObjection"];
    private static readonly string[] Judgements = ["Founded", "PartlyFounded", "Unfounded"];
    private static readonly string[] OpenObjections = ["Registered", "Invited", "HearingHeld", "Waived"];
    private static readonly string[] Channels = Enum.GetNames<ComplaintChannel>();
    private static readonly string[] Categories = Enum.GetNames<ComplaintCategory>();

    public bool IsOpen => Status != "Closed";

    /// <summary>The kind of the shipped workflow's state the case is in (rules/workflow.json).</summary>
    public string StateCategory => Status switch
    {
        "Registered" or "Acknowledged" => "Open",
        "Closed" => "Closed",
        _ => "Waiting",
    };

    /// <summary>The open term that ends first: the response for a new case, otherwise the objection term of its letter.</summary>
    public (string Code, DateOnly Due)? NextTerm => Status switch
    {
        "Registered" or "Acknowledged" => ("Response", Received.AddDays(28)),
        "Responded" or "NotHandled" => ("Objection", LetterDate!.Value.AddDays(30)),
        _ => null,
    };

    public static IEnumerable<Story> All(int count)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        for (var number = 0; number < count; number++)
        {
            yield return For(number, count, today);
        }
    }

    private static Story For(int number, int count, DateOnly today)
    {
        var span = today.DayNumber - First.DayNumber;
        var received = First.AddDays((int)((long)number * span / count));
        // Receipt dates rise with the number, so a year's numbering starts at its first number (KL-yyyy-nnnnn, as the app).
        var daysBeforeYear = new DateOnly(received.Year, 1, 1).DayNumber - First.DayNumber;
        var firstOfYear = (int)(((long)Math.Max(daysBeforeYear, 0) * count + span - 1) / span);
        // Older cases are mostly closed; the last months hold the open ones, as in a real office.
        var status = received.DayNumber > today.DayNumber - 120 || Chance(number, 1) < 0.03 ? Pick(OpenStatuses, number, 2) : "Closed";
        var answered = status is not ("Registered" or "Acknowledged");
        var letter = answered ? Min(received.AddDays(5 + (int)(Chance(number, 3) * 36)), today) : (DateOnly?)null;
        var notHandled = status == "NotHandled" || (answered && Chance(number, 4) < 0.08);
        var objected = status == "InObjection" || (status == "Closed" && Chance(number, 5) < 0.05);
        return new Story(
            number, number - firstOfYear + 1, Guid.CreateVersion7(), Guid.CreateVersion7(), $"KL-{received.Year}-{number - firstOfYear + 1:D5}", received,
            Pick(Channels, number, 6), Pick(Categories, number, 7), $"behandelaar{(int)(Chance(number, 8) * Handlers):D2}@focus.example",
            status, letter, answered ? (notHandled ? "NotHandled" : Pick(Judgements, number, 9)) : null,
            objected ? Min(letter!.Value.AddDays(1 + (int)(Chance(number, 10) * 29)), today) : null,
            objected ? (status == "InObjection" ? Pick(OpenObjections, number, 11) : Chance(number, 12) < 0.3 ? "Settled" : "Decided") : null);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Pick(string[] values, int number, int salt) => values[(int)(Chance(number, salt) * values.Length)];

    /// <summary>A number in [0, 1) fixed by the complaint number and what it decides (splitmix64).</summary>
    private static double Chance(int number, int salt)
    {
        var z = (ulong)number * 0x9E3779B97F4A7C15UL + (ulong)salt * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (z ^ (z >> 31)) / (double)ulong.MaxValue * 0.9999999;
    }
}
