using Focus.Quality.Rules.Calendar;
using Focus.Quality.Rules.Contracts;
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
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<IOptions<RulesOptions>>().Value.Directory;
            return RuleFiles.Load(Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory));
        });
        services.AddSingleton<IWorkingDayCalendar>(sp => new WorkingDayCalendar(sp.GetRequiredService<RuleSetSnapshot>().Calendar));
        services.AddSingleton<ITermRules, TermRules>();
        return services;
    }
}
