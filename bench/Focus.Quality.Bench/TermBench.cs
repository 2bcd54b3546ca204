using Focus.Quality.Rules;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;

namespace Focus.Quality.Bench;

/// <summary>
/// Term computation through RulesEngine against a baseline in the same process: the same two terms computed by the
/// calendar arithmetic alone. The ratio is what to compare between runs; absolute times vary with the machine.
/// </summary>
internal static class TermBench
{
    private const int Iterations = 200_000;

    public static async Task RunAsync()
    {
        var (_, _, calendar, rules, request) = ShippedRules.Load();
        var start = DateOnly.FromDateTime(request.StartedAt.Date);

        var baseline = await WarmLoop.MicrosecondsPerCallAsync(Iterations, () =>
        {
            TermCalculator.DueDate(calendar, start, TermUnit.WorkingDays, 5, false);
            TermCalculator.DueDate(calendar, start, TermUnit.Weeks, 4, false);
            return ValueTask.CompletedTask;
        });
        var engine = await WarmLoop.MicrosecondsPerCallAsync(Iterations, async () => await rules.ComputeAsync(request, CancellationToken.None));

        Console.WriteLine($"iterations per run          {Iterations:N0}");
        Console.WriteLine($"baseline (calendar only)    {baseline,8:F2} µs/complaint");
        Console.WriteLine($"RulesEngine terms (warm)    {engine,8:F2} µs/complaint");
        Console.WriteLine($"ratio engine / baseline     {engine / baseline,8:F1}x");
    }
}
