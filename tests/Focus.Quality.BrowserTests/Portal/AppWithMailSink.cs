using Focus.Quality.IntegrationTests.Infrastructure;
using MimeKit;

namespace Focus.Quality.BrowserTests.Portal;

/// <summary>The app sending its mail to a real SMTP server on 127.0.0.1, whose messages the tests read as the complainant would.</summary>
public sealed class AppWithMailSink : RunningApp, IAsyncLifetime
{
    private readonly int _smtpPort;
    private SmtpSink? _sink;

    public AppWithMailSink()
        : this(SmtpSink.FreePort())
    {
    }

    private AppWithMailSink(int smtpPort)
        : base(new Dictionary<string, string>
        {
            ["Mail__SmtpHost"] = "127.0.0.1",
            ["Mail__SmtpPort"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail__UseStartTls"] = "false",
        }) => _smtpPort = smtpPort;

    public new async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync(_smtpPort);
        await base.InitializeAsync();
    }

    /// <summary>The text of the first mail with this subject, once it arrived.</summary>
    public Task<string> MailAsync(string subject) =>
        Eventually.GetAsync(() => Task.FromResult(_sink!.Messages()
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))))
            .FirstOrDefault(m => m.Subject == subject)?.TextBody), TimeSpan.FromSeconds(60));

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}
