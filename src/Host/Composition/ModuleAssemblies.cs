using System.Reflection;
using Focus.Quality.Handling;
using Focus.Quality.Intake;
using Focus.Quality.Objections;
using Focus.Quality.Reporting;
using Focus.Quality.Rules;

namespace Focus.Quality.Host.Composition;

/// <summary>The modules that bring screens, named explicitly so routing never depends on assembly scanning.</summary>
internal static class ModuleAssemblies
{
    public static readonly Assembly[] WithScreens =
    [
        typeof(IntakeModule).Assembly,
        typeof(HandlingModule).Assembly,
        typeof(ObjectionsModule).Assembly,
        typeof(ReportingModule).Assembly,
        typeof(RulesModule).Assembly,
    ];
}
