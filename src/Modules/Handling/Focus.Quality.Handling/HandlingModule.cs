using Focus.Quality.Handling.Audit;
using FluentValidation;
using Focus.Quality.Handling.Acknowledge;
using Focus.Quality.Handling.Assign;
using Focus.Quality.Handling.Attachments;
using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Closing;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Handling.Documents;
using Focus.Quality.Handling.ExtendTerm;
using Focus.Quality.Handling.Letters;
using Focus.Quality.Handling.NotHandled;
using Focus.Quality.Handling.Notes;
using Focus.Quality.Handling.Objections;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Handling.Outcomes;
using Focus.Quality.Handling.Respond;
using Focus.Quality.Handling.Review;
using Focus.Quality.Handling.RuleFailures;
using Focus.Quality.Handling.RuleSubjects;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Handling.TermSignals;
using Focus.Quality.Handling.OpenCase;
using Focus.Quality.Handling.Portal;
using Focus.Quality.Handling.RequestInformation;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Handling.Worklist;
using Focus.Quality.Handling.Workflow;
using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Terms;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Handling;

/// <summary>Cases, their terms, the worklist and the acknowledgement.</summary>
public static class HandlingModule
{
    public static IServiceCollection AddHandlingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HandlingDbContext, HandlingSqliteDbContext, HandlingSqlServerDbContext>(HandlingDbContext.SchemaName);
        services.AddIntegrationEventHandler<ComplaintRegistered, OpenCaseOnComplaintRegistered, HandlingDbContext>();
        services.AddIntegrationEventHandler<MailLinkedToCase, IncomingMail.AddMailToCase, HandlingDbContext>();
        services.AddIntegrationEventHandler<ObjectionRegistered, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<LateObjectionAdmitted, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<HearingScheduled, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<HearingHeld, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<HearingWaived, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<ObjectionConcluded, FollowObjection, HandlingDbContext>();
        services.AddIntegrationEventHandler<Contracts.CaseClosed, Satisfaction.InviteToSatisfaction, HandlingDbContext>();
        services.AddIntegrationEventHandler<ObjectionConcluded, Satisfaction.InviteToSatisfaction, HandlingDbContext>();
        services.AddScoped<IValidator<AcknowledgeForm>, AcknowledgeFormValidator>();
        services.AddScoped<AcknowledgeHandler>();
        services.AddScoped<IValidator<RespondForm>, RespondFormValidator>();
        services.AddScoped<RespondHandler>();
        services.AddScoped<LetterComposer>();
        services.AddScoped<ILetterCaseFacts, LetterCaseFacts>();
        services.AddScoped<ICaseStandings, IncomingMail.CaseStandings>();
        services.AddScoped<Focus.Quality.Shared.Letters.ILetterArchive, CaseLetterArchive>();
        services.AddSingleton<IRuleFailureSource, LetterPdfFailures>();
        services.AddScoped<CaseOutcomeWriter>();
        services.AddScoped<IValidator<NotHandledForm>, NotHandledFormValidator>();
        services.AddScoped<AdmissibilityQuery>();
        services.AddScoped<NotHandledHandler>();
        services.Configure<ClosingOptions>(configuration.GetSection(ClosingOptions.Section));
        services.AddHostedService<CloseCasesJob>();
        services.Configure<Focus.Quality.Shared.Privacy.RetentionOptions>(configuration.GetSection(Focus.Quality.Shared.Privacy.RetentionOptions.Section));
        services.AddHostedService<Privacy.RetentionJob>();
        services.AddTermSignaller<CaseTermSignaller>();
        services.AddSingleton<IRuleFailureSource, RuleFailureAlerts>();
        services.AddScoped<ExtendTermHandler>();
        services.AddScoped<ExtensionNotice>();
        services.AddScoped<AssignHandler>();
        services.AddScoped<NotesHandler>();
        services.AddScoped<AttachmentsHandler>();
        services.AddScoped<CaseQuery>();
        services.AddSingleton<CaseReadLog>();
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<WorkflowStateNames>();
        services.AddScoped<ReviewHandler>();
        services.AddScoped<IRuleSubjects, CasesAsRuleSubjects>();
        services.AddScoped<MoveToVersion.CaseMovePlanner>();
        services.AddScoped<IOpenCaseMoves, MoveToVersion.OpenCaseMoves>();
        services.AddScoped<WorklistQuery>();
        services.AddScoped<Focus.Quality.Shared.Privacy.IPersonalDataSource, Privacy.HandlingPersonalData>();
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<PortalAccessLimiter>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<StatusQuery>();
        services.AddScoped<PortalLinkHandler>();
        services.AddScoped<InformationRequestHandler>();
        services.AddScoped<InformationAnswerHandler>();
        services.AddScoped<Satisfaction.SatisfactionHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapHandlingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapWorklist();
        api.MapCase();
        api.MapAcknowledge();
        api.MapRespond();
        api.MapDocuments();
        api.MapNotHandled();
        api.MapExtendTerm();
        api.MapAssign();
        api.MapNotes();
        api.MapAttachments();
        api.MapReview();
        api.MapPortalLink();
        api.MapInformationRequest();
        return api;
    }

    /// <summary>The complainant's own pages outside the staff API: the letters behind the status page's secret link.</summary>
    public static IEndpointRouteBuilder MapHandlingPortal(this IEndpointRouteBuilder app)
    {
        app.MapPortalLetters();
        return app;
    }
}
