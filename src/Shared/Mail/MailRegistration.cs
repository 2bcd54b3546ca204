using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.Shared.Mail;

public static class MailRegistration
{
    /// <summary>Documents on disk, the PDF/A of every letter, and mail delivery for every module's <see cref="MailRequested"/> events. Called once by the host.</summary>
    public static IServiceCollection AddDocumentsAndMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IDocumentStore, FileDocumentStore>();
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddScoped<MailDelivery>();
        services.AddSingleton<IEventHandlerInvoker, DirectEventHandlerInvoker<MailRequested, MailDelivery>>();
        services.Configure<LetterOptions>(configuration.GetSection(LetterOptions.Section));
        services.AddSingleton<PdfAConverter>();
        services.AddSingleton<ILetterPdfConverter>(sp => sp.GetRequiredService<PdfAConverter>());
        services.AddScoped<LetterArchiving>();
        services.AddSingleton<IEventHandlerInvoker, DirectEventHandlerInvoker<LetterComposed, LetterArchiving>>();
        return services;
    }
}
