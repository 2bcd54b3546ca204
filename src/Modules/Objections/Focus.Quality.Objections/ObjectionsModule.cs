using FluentValidation;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Objections.Conclude;
using Focus.Quality.Objections.Hearings;
using Focus.Quality.Objections.Late;
using Focus.Quality.Objections.LearnLetters;
using Focus.Quality.Objections.ObjectionFile;
using Focus.Quality.Objections.Persistence;
using Focus.Quality.Objections.Register;
using Focus.Quality.Objections.Steps;
using Focus.Quality.Objections.TermSignals;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Terms;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Objections;

/// <summary>Objections to the director, hearings, settlements and final decisions.</summary>
public static class ObjectionsModule
{
    public static IServiceCollection AddObjectionsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ObjectionsDbContext, ObjectionsSqliteDbContext, ObjectionsSqlServerDbContext>(ObjectionsDbContext.SchemaName);
        services.AddIntegrationEventHandler<ComplaintResponded, RememberSentLetters, ObjectionsDbContext>();
        services.AddIntegrationEventHandler<ComplaintNotHandled, RememberSentLetters, ObjectionsDbContext>();
        services.AddIntegrationEventHandler<CaseAnonymised, Privacy.AnonymiseObjection, ObjectionsDbContext>();
        services.AddScoped<ObjectionSteps>();
        services.AddScoped<Focus.Quality.Shared.Letters.ILetterArchive, Letters.ObjectionLetterArchive>();
        services.AddSingleton<IRuleFailureSource, Letters.LetterPdfFailures>();
        services.AddScoped<IValidator<RegisterObjectionForm>, RegisterObjectionFormValidator>();
        services.AddScoped<ObjectionRegistration>();
        services.AddScoped<RegisterObjectionHandler>();
        services.AddScoped<Contracts.IComplainantObjections, Online.ComplainantObjections>();
        services.AddScoped<IValidator<LateDecisionForm>, LateDecisionFormValidator>();
        services.AddScoped<LateDecisionHandler>();
        services.AddScoped<IValidator<InviteForm>, InviteFormValidator>();
        services.AddScoped<IValidator<HearingReportForm>, HearingReportFormValidator>();
        services.AddScoped<HearingHandler>();
        services.AddScoped<IValidator<SettleForm>, SettleFormValidator>();
        services.AddScoped<IValidator<DecideForm>, DecideFormValidator>();
        services.AddScoped<ConcludeHandler>();
        services.AddScoped<ObjectionQuery>();
        services.AddTermSignaller<ObjectionTermSignaller>();
        services.AddScoped<Focus.Quality.Shared.Privacy.IPersonalDataSource, Privacy.ObjectionsPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapObjectionsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapObjectionSteps();
        return api;
    }
}
