using Focus.Quality.Rules.Api;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Letters;
using Focus.Quality.Rules.Persistence;
using Focus.Quality.Rules.Versions;
using Focus.Quality.Rules.Workflows;
using Focus.Quality.Rules.TryOut;
using Focus.Quality.Shared.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Rules;

public static class RulesModule
{
    public static IServiceCollection AddRulesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RulesOptions>(configuration.GetSection(RulesOptions.Section));
        services.AddModuleDbContext<RulesDbContext, RulesSqliteDbContext, RulesSqlServerDbContext>(RulesDbContext.SchemaName);
        services.AddSingleton<RuleBook>();
        services.AddSingleton<PublishedRules>();
        services.AddSingleton<ITermRules>(sp => sp.GetRequiredService<PublishedRules>());
        services.AddSingleton<IAdmissibilityRules>(sp => sp.GetRequiredService<PublishedRules>());
        services.AddSingleton<IObjectionRules>(sp => sp.GetRequiredService<PublishedRules>());
        services.AddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<PublishedRules>());
        services.AddSingleton<ComplaintWorkflow>();
        services.AddSingleton<IComplaintWorkflow>(sp => sp.GetRequiredService<ComplaintWorkflow>());
        services.AddSingleton<ILetterTemplates, PublishedLetterTemplates>();
        services.AddScoped<LetterUploads>();
        services.AddScoped<LetterPreviews>();
        services.AddSingleton<PreviewStore>();
        services.AddScoped<RuleSetVersions>();
        services.AddHostedService<PublishedRulesRefresh>();
        services.AddScoped<TermTestBench>();
        services.AddScoped<WhatIfQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapRulesModuleEndpoints(this IEndpointRouteBuilder api) => api.MapRulesEndpoints().MapLetterEndpoints();

    public static IEndpointRouteBuilder MapRulesModuleRedirects(this IEndpointRouteBuilder app) => app.MapOldRuleAddresses();

    /// <summary>Seeds the rule sets of a new database from rules/ and loads the published ones; run after the migrations.</summary>
    public static async Task InitializeRulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RuleSetVersions>().InitializeAsync(RulesDirectory(services), cancellationToken);
    }

    private static string RulesDirectory(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IOptions<RulesOptions>>().Value.Directory;
        return Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory);
    }
}
