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

    /// <summary>Sign-in with an app registration (XOAUTH2), for Microsoft 365, which refuses passwords; off without a client id.</summary>
    public MailboxOAuthOptions OAuth { get; set; } = new();

    public string Folder { get; set; } = "INBOX";

    /// <summary>Where a message goes once its item is committed, so the next round does not read it again.</summary>
    public string ProcessedFolder { get; set; } = "Verwerkt";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Client credentials of an app registration with the IMAP.AccessAsApp permission on the mailbox. The secret belongs in
/// user secrets or the environment (<c>Mailboxes__klachten__OAuth__ClientSecret</c>), never in appsettings.
/// </summary>
internal sealed class MailboxOAuthOptions
{
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string Scope { get; set; } = "https://outlook.office365.com/.default";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}
