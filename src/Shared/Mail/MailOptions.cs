namespace Focus.Quality.Shared.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Focus Nederland klachten <klachten@focus.example>";

    /// <summary>SMTP server; when empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>Use STARTTLS when the server offers it (required in production; local test sinks do not offer it).</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Relative to the data folder.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";
}
