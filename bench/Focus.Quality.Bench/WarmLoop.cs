using System.Diagnostics;

namespace Focus.Quality.Bench;

/// <summary>Times work after 10,000 warm-up calls, so the JIT has optimised it and caches are filled.</summary>
internal static class WarmLoop
{
    public static async Task<double> MicrosecondsPerCallAsync(int iterations, Func<ValueTask> work)
    {
        for (var i = 0; i < 10_000; i++)
        {
            await work();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await work();
        }

        return watch.Elapsed.TotalMicroseconds / iterations;
    }
}
