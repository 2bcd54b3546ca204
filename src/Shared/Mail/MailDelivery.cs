using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Events;
using Focus.Quality.Shared.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Focus.Quality.Shared.Mail;

/// <summary>
/// Sends queued mail over SMTP, or writes it to the pickup folder when no server is configured. A failure throws, so
/// the outbox keeps the message and tries again later: a broken mail server delays a letter, it never loses it.
/// </summary>
internal sealed class MailDelivery(
    IOptions<MailOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment, IDocumentStore documents)
    : IIntegrationEventHandler<MailRequested>
{
    public async Task HandleAsync(MailRequested integrationEvent, CancellationToken cancellationToken)
    {
        var message = await ComposeAsync(integrationEvent, cancellationToken);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.Combine(environment.ContentRootPath, database.Value.DataDirectory, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            // Written under another name and renamed, so whatever picks up *.eml never reads a half-written message.
            var writing = Path.Combine(folder, $"{integrationEvent.EventId:N}.eml.tmp");
            await message.WriteToAsync(writing, cancellationToken);
            File.Move(writing, Path.Combine(folder, $"{integrationEvent.EventId:N}.eml"), overwrite: true);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task<MimeMessage> ComposeAsync(MailRequested request, CancellationToken cancellationToken)
    {
        var message = new MimeMessage
        {
            Subject = MailThread.Subject(request.Subject, request.CaseReference),
            MessageId = MailThread.MessageId(request.EventId, request.CaseReference, request.Topic),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(request.To));
        var body = new BodyBuilder { TextBody = request.Body };
        foreach (var attachment in request.Attachments)
        {
            await using var content = await documents.OpenAsync(attachment.DocumentKey, cancellationToken);
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            body.Attachments.Add(attachment.FileName, buffer.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
