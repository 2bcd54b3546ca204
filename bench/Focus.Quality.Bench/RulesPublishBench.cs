using System.Diagnostics;
using System.Text.Json.Nodes;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Admissibility;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Terms;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.Bench;

/// <summary>
/// Admissibility advice plus every term of one complaint (warm), and publishing a terms set of 300 rules — validation,
/// compilation, and the first run that makes RulesEngine compile every expression — against the shipped set.
/// </summary>
internal static class RulesPublishBench
{
    private const int Rules = 300;

    public static async Task RunAsync()
    {
        var (directory, snapshot, _, terms, request) = ShippedRules.Load();
        var admissibility = new AdmissibilityRules(snapshot);
        var facts = new AdmissibilityFacts("Mijn adviseur belt niet terug.", new DateOnly(2026, 12, 23), new DateOnly(2026, 11, 1), true, false, false, false, false);

        var perComplaint = await WarmLoop.MicrosecondsPerCallAsync(100_000, async () =>
        {
            await admissibility.AdviseAsync(facts, CancellationToken.None);
            await terms.ComputeAsync(request, CancellationToken.None);
        });
        Console.WriteLine($"advice + all terms (warm)       {perComplaint,8:F2} µs/complaint");

        var shipped = RuleFiles.Read(directory, RuleSetKind.Terms);
        var large = WithRules(shipped, Rules);
        var baseline = Publish(directory, shipped, request);
        var publish = Publish(directory, large, request);
        Console.WriteLine($"baseline: publish shipped terms {baseline,8:F0} ms");
        Console.WriteLine($"publish {Rules} term rules        {publish,8:F0} ms   {publish / baseline,6:F1}x baseline");
    }

    /// <summary>Validate, compile and run once, as a publish does before the set is live; median of five.</summary>
    private static double Publish(string directory, string termsJson, TermRequest request)
    {
        var times = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            if (RuleSetValidator.Validate(RuleSetKind.Terms, termsJson) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"The generated set is invalid: {problems[0]}");
            }

            var sources = RuleSetKinds.All.ToDictionary(k => k, k => new RuleSetSource(k == RuleSetKind.Terms ? termsJson : RuleFiles.Read(directory, k), $"bench{run}"));
            var snapshot = RuleSetSnapshot.From(sources);
            var rules = new TermRules(snapshot, new WorkingDayCalendar(snapshot.Calendar));
            rules.ComputeAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[2];
    }

    /// <summary>The shipped set plus copies of its first rule, each with its own name and a distinct expression.</summary>
    private static string WithRules(string termsJson, int total)
    {
        var document = JsonNode.Parse(termsJson)!;
        var rules = document[0]!["Rules"]!.AsArray();
        var template = rules[0]!;
        for (var i = rules.Count; i < total; i++)
        {
            var copy = template.DeepClone();
            copy["RuleName"] = $"Regel{i}";
            copy["Expression"] = $"input.Trigger == \"Never{i}\" && input.Channel == \"Phone\"";
            rules.Add(copy);
        }

        return document.ToJsonString();
    }
}
