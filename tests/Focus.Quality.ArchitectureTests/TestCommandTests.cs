using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Focus.Quality.ArchitectureTests;

/// <summary>
/// The README's test command builds a solution filter and then runs the test projects it names, one by one: a project
/// added to the solution but left out of either would never be built or its tests never run, and nothing would fail.
/// </summary>
public sealed partial class TestCommandTests
{
    [Fact]
    public void The_test_command_builds_every_project_of_the_solution_but_the_benchmarks()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "Focus.Quality.Tests.slnf")));
        var built = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()!);

        Assert.Equal(SolutionProjects().Where(p => !p.StartsWith(@"bench\", StringComparison.Ordinal)).Order(), built.Order());
    }

    [Fact]
    public void The_test_command_runs_every_test_project_of_the_solution()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot(), "scripts", "test.sh"));
        var run = TestProjectLoop().Match(script).Groups["names"].Value
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => $"Focus.Quality.{name}");
        var testProjects = SolutionProjects()
            .Where(p => p.StartsWith(@"tests\", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p.Replace('\\', '/')));

        Assert.Equal(testProjects.Order(), run.Order());
    }

    private static IEnumerable<string> SolutionProjects() =>
        CSharpProject().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "Focus.Quality.sln"))).Select(m => m.Groups["path"].Value);

    /// <summary>Two folders above this file: the tests are built where they were cloned.</summary>
    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    [GeneratedRegex(@"^Project\(""\{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC\}""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex CSharpProject();

    [GeneratedRegex(@"for project in (?<names>[A-Za-z ]+); do")]
    private static partial Regex TestProjectLoop();
}
