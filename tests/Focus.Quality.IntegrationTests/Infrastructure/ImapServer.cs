using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Focus.Quality.IntegrationTests.Infrastructure;

/// <summary>
/// A real IMAP server on 127.0.0.1 (Debian's dovecot-imapd), configured in a folder of its own with one test user
/// whose mail lives in a Maildir there. Messages are delivered with IMAP APPEND, as a mail server's delivery would.
/// </summary>
public sealed class ImapServer : IAsyncDisposable
{
    public const string UserName = "klachten@test.example";
    public const string Password = "test-wachtwoord";
    private const string Dovecot = "/usr/sbin/dovecot";

    private readonly Process _server;
    private readonly string _folder;

    private ImapServer(Process server, string folder, int port)
    {
        _server = server;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The app's settings for a mailbox named <paramref name="name"/> on this server.</summary>
    public Dictionary<string, string?> AppSettings(Dictionary<string, string?>? settings = null, string name = "klachten", string pollInterval = "00:00:00.200")
    {
        settings ??= [];
        settings[$"Mailboxes:{name}:Host"] = "127.0.0.1";
        settings[$"Mailboxes:{name}:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"Mailboxes:{name}:UseSsl"] = "false";
        settings[$"Mailboxes:{name}:UserName"] = UserName;
        settings[$"Mailboxes:{name}:Password"] = Password;
        settings[$"Mailboxes:{name}:PollInterval"] = pollInterval;
        return settings;
    }

    public static async Task<ImapServer> StartAsync()
    {
        if (!File.Exists(Dovecot))
        {
            throw new InvalidOperationException("dovecot is not installed (the test command installs dovecot-imapd).");
        }

        var folder = Directory.CreateTempSubdirectory("focus-imap-").FullName;
        var port = SmtpSink.FreePort();
        var config = Path.Combine(folder, "dovecot.conf");
        await File.WriteAllTextAsync(Path.Combine(folder, "users"), $"{UserName}:{{PLAIN}}{Password}\n");
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        await File.WriteAllTextAsync(config, Configuration(folder, port));
        if (Environment.UserName == "root")
        {
            // Dovecot refuses mail access as root; the test user's mail is kept as nobody.
            await Process.Start("chmod", ["755", folder]).WaitForExitAsync();
            await Process.Start("chown", ["nobody", Path.Combine(folder, "home")]).WaitForExitAsync();
        }

        var server = Process.Start(new ProcessStartInfo(Dovecot, ["-F", "-c", config]) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not start dovecot.");
        var imap = new ImapServer(server, folder, port);
        await Eventually.TrueAsync(async () => server.HasExited
            ? throw new InvalidOperationException($"dovecot exited: {await server.StandardError.ReadToEndAsync()}{imap.Log()}")
            : await imap.AcceptsAsync(), TimeSpan.FromSeconds(20));
        return imap;
    }

    /// <param name="arrivedAt">The server's arrival time (INTERNALDATE); now when not given.</param>
    public async Task DeliverAsync(MimeMessage message, DateTimeOffset? arrivedAt = null)
    {
        using var client = await ConnectAsync();
        await client.Inbox.AppendAsync(message, MessageFlags.None, arrivedAt ?? DateTimeOffset.Now);
    }

    /// <summary>Bytes no mail client would produce, dropped into the Maildir as a local delivery agent does.</summary>
    public async Task DeliverRawAsync(byte[] raw)
    {
        using (var client = await ConnectAsync())
        {
            // Opening the inbox makes dovecot create the Maildir, owned by the mail user.
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        }

        var maildir = Path.Combine(_folder, "home", UserName, "Maildir");
        var temporary = Path.Combine(maildir, "tmp", $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Guid.NewGuid():N}.test");
        await File.WriteAllBytesAsync(temporary, raw);
        File.Move(temporary, Path.Combine(maildir, "new", Path.GetFileName(temporary)));
    }

    /// <summary>How many messages <paramref name="folder"/> holds; 0 when it does not exist (yet).</summary>
    public async Task<int> CountAsync(string folder)
    {
        using var client = await ConnectAsync();
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var target = folder == "INBOX" ? client.Inbox : (await root.GetSubfoldersAsync()).FirstOrDefault(f => f.Name == folder);
        if (target is null)
        {
            return 0;
        }

        await target.OpenAsync(FolderAccess.ReadOnly);
        return target.Count;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        return client;
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = await ConnectAsync();
            return true;
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or ImapProtocolException or AuthenticationException)
        {
            return false;
        }
    }

    private string Log() => File.Exists(Path.Combine(_folder, "dovecot.log")) ? File.ReadAllText(Path.Combine(_folder, "dovecot.log")) : "";

    private static string OwnId(string field) =>
        File.ReadLines("/proc/self/status").First(line => line.StartsWith(field, StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];

    private static string Configuration(string folder, int port)
    {
        var root = Environment.UserName == "root";
        var internalUser = root ? "dovecot" : Environment.UserName;
        var loginUser = root ? "dovenull" : Environment.UserName;
        var mailUser = root ? "uid=nobody gid=nogroup" : $"uid={OwnId("Uid:")} gid={OwnId("Gid:")}";
        return $$"""
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            default_internal_user = {{internalUser}}
            default_login_user = {{loginUser}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{folder}}/users
            }
            userdb {
              driver = static
              args = {{mailUser}} home={{folder}}/home/%u
            }
            mail_location = maildir:~/Maildir
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """;
    }
}
