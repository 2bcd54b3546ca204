using FluentValidation;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.FindComplaint;
using Focus.Quality.Intake.Persistence;
using Focus.Quality.Intake.ReadMailbox;
using Focus.Quality.Intake.RecordSignal;
using Focus.Quality.Intake.RegisterComplaint;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Intake;

/// <summary>Channels, the public complaint form, registration of complaints and signals.</summary>
public static class IntakeModule
{
    public static IServiceCollection AddIntakeModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<IntakeDbContext, IntakeSqliteDbContext, IntakeSqlServerDbContext>(IntakeDbContext.SchemaName);
        services.AddScoped<IValidator<ComplaintSubmission>, ComplaintSubmissionValidator>();
        services.AddScoped<IValidator<SignalForm>, SignalFormValidator>();
        services.AddScoped<RegisterComplaintHandler>();
        services.AddScoped<DuplicateHints>();
        services.AddSingleton<RegistrationWriter>();
        services.AddSingleton<PublicForm.ReceiptTokens>();
        services.AddScoped<PublicForm.PromisedTerms>();
        services.AddScoped<RecordSignalHandler>();
        services.AddScoped<IComplaintDirectory, ComplaintDirectory>();
        services.AddScoped<Focus.Quality.Shared.Privacy.IPersonalDataSource, Privacy.IntakePersonalData>();
        services.AddScoped<Focus.Quality.Shared.Privacy.IPersonalDataSource, Privacy.MailPersonalData>();
        services.AddHostedService<Privacy.MailRetentionJob>();
        services.AddOptions<MailboxesOptions>().BindConfiguration(MailboxesOptions.Section);
        services.AddSingleton<MailParser>();
        services.AddSingleton<InboxMailStore>();
        services.AddHttpClient(MailboxSignIn.HttpClientName);
        services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory, MailboxOAuthHttp>();
        services.AddSingleton<MailboxSignIn>();
        services.AddSingleton<IProcessedMailMover, ProcessedMailMover>();
        services.AddSingleton<MailboxReader>();
        services.AddHostedService<MailboxPolling>();
        services.AddScoped<TriageMail.MailTriage>();
        services.AddScoped<TriageMail.CaseSuggestions>();
        services.AddScoped<IMailboxCounts, TriageMail.MailboxCounts>();
        services.AddScoped<IObjectionMails, TriageMail.ObjectionMails>();
        services.AddIntegrationEventHandler<CaseAnonymised, Privacy.AnonymiseComplaint, IntakeDbContext>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapRegisterComplaint();
        api.MapRecordSignal();
        return api;
    }
}
