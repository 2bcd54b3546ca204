namespace Focus.Quality.Rules.Contracts;

public interface IWorkingDayCalendar
{
    /// <summary>Null for a working day, otherwise why it is not one (weekend, holiday name, closing day).</summary>
    string? NonWorkingReason(DateOnly date);

    bool IsWorkingDay(DateOnly date);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> lies before.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>The day <paramref name="workingDays"/> working days after (or, when negative, before) <paramref name="from"/>.</summary>
    DateOnly AddWorkingDays(DateOnly from, int workingDays);
}
