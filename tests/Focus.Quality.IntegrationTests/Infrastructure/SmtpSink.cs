using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd) that stores what it receives in a Maildir.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _server;

    private SmtpSink(Process server, int port, string maildir)
    {
        _server = server;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    /// <summary>The app's mail settings for this server, on top of <paramref name="settings"/> (none when not given).</summary>
    public Dictionary<string, string?> AppSettings(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["Mail:SmtpHost"] = "127.0.0.1";
        settings["Mail:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:UseStartTls"] = "false";
        return settings;
    }

    public string Maildir { get; }

    /// <param name="port">A port of 127.0.0.1, e.g. one the app was already told to use while nothing listened; default a free one.</param>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        port ??= FreePort();
        // aiosmtpd's Mailbox creates the Maildir (new, cur, tmp) only when the folder does not exist yet.
        var maildir = Path.Combine(Directory.CreateTempSubdirectory("focus-smtp-").FullName, "maildir");
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var server = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var sink = new SmtpSink(server, port.Value, maildir);
        await Eventually.TrueAsync(() => Task.FromResult(server.HasExited ? throw new InvalidOperationException(
            $"aiosmtpd exited: {server.StandardError.ReadToEnd()} (the test command installs python3-aiosmtpd)") : sink.Accepts()), TimeSpan.FromSeconds(20));
        return sink;
    }

    public IReadOnlyList<string> Messages() =>
        Directory.Exists(Path.Combine(Maildir, "new"))
            ? [.. Directory.GetFiles(Path.Combine(Maildir, "new")).Select(File.ReadAllText)]
            : [];

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
