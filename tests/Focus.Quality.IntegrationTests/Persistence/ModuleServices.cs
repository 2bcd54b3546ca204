using Focus.Quality.Handling;
using Focus.Quality.Host.Composition;
using Focus.Quality.Intake;
using Focus.Quality.Objections;
using Focus.Quality.Reporting;
using Focus.Quality.Rules;
using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Focus.Quality.IntegrationTests.Persistence;

/// <summary>Every module's database registration for one provider, without a host and without connecting to a database.</summary>
internal static class ModuleServices
{
    public static ServiceProvider For(DatabaseProvider provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = "Server=sql.invalid;Database=FocusQuality;Integrated Security=true;Encrypt=true",
            ["Database:DataDirectory"] = ".",
        }).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Production, ContentRootPath = Path.GetTempPath() };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(environment)
            .AddSingleton(TimeProvider.System)
            .Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddIntakeModule().AddHandlingModule(configuration).AddObjectionsModule().AddReportingModule(configuration).AddRulesModule(configuration);
        services.AddFocusAuth(configuration, environment);
        return services.BuildServiceProvider();
    }
}
