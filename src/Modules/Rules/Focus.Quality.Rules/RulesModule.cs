using Focus.Quality.Rules.Admissibility;
using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Objections;
using Focus.Quality.Rules.Terms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Rules;

public static class RulesModule
{
    public static IServiceCollection AddRulesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RulesOptions>(configuration.GetSection(RulesOptions.Section));
        services.AddSingleton(sp => RuleFiles.Load(RulesDirectory(sp)));
        services.AddSingleton<ILetterTemplates>(sp => new LetterTemplates(RulesDirectory(sp)));
        services.AddSingleton<IWorkingDayCalendar>(sp => new WorkingDayCalendar(sp.GetRequiredService<RuleSetSnapshot>().Calendar));
        services.AddSingleton<ITermRules, TermRules>();
        services.AddSingleton<IAdmissibilityRules, AdmissibilityRules>();
        services.AddSingleton<IObjectionRules, ObjectionRules>();
        return services;
    }

    private static string RulesDirectory(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<RulesOptions>>().Value.Directory;
        return Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory);
    }
}
