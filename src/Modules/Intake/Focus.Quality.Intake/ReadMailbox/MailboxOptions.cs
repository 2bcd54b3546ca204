namespace Focus.Quality.Intake.ReadMailbox;

/// <summary>The complaints mailboxes, by name (<c>Mailboxes:&lt;name&gt;:Host</c>, …); none configured means no mailbox intake.</summary>
internal sealed class MailboxesOptions : Dictionary<string, MailboxOptions>
{
    public const string Section = "Mailboxes";
}

internal sealed class MailboxOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    /// <summary>TLS from the first byte (port 993); otherwise STARTTLS is used whenever the server offers it.</summary>
    public bool UseSsl { get; set; } = true;

    public string UserName { get; set; } = "";

    /// <summary>For basic authentication; empty when the mailbox signs in with OAuth2.</summary>
    public string? Password { get; set; }

    public string Folder { get; set; } = "INBOX";

    /// <summary>Where a message goes once its item is committed, so the next round does not read it again.</summary>
    public string ProcessedFolder { get; set; } = "Verwerkt";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
