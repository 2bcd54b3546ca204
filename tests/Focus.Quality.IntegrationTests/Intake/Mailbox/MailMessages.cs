using MimeKit;

namespace Focus.Quality.IntegrationTests.Intake.Mailbox;

/// <summary>Messages as complainants, their mail programs and mail servers send them.</summary>
internal static class MailMessages
{
    public const string Complainant = "Anna de Vries";
    public const string ComplainantAddress = "anna@example.org";

    public static MimeMessage Plain(string subject = "Klacht over mijn begeleiding", string body = "Mijn begeleider kwam drie keer niet opdagen.")
    {
        var message = From(subject);
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static MimeMessage Html() => With(From("Klacht via webmail"), new BodyBuilder
    {
        HtmlBody = "<p>Ik ben <b>niet</b> tevreden &amp; wil een gesprek.</p><script>alert('x')</script><img src=\"https://tracker.example/p.gif\">",
    });

    public static MimeMessage WithAttachment(string fileName, byte[] content)
    {
        var body = new BodyBuilder { TextBody = "Zie de bijlage." };
        body.Attachments.Add(fileName, content);
        return With(From("Klacht met bijlage"), body);
    }

    public static MimeMessage AutoReply()
    {
        var message = Plain("Automatisch antwoord: uw bericht", "Ik ben afwezig tot maandag.");
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        return message;
    }

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static byte[] Executable() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04];

    /// <summary>No header at all: MimeKit cannot read it as a message.</summary>
    public static byte[] Malformed() => "\0\0\0 dit is geen e-mailbericht \0\0\r\n"u8.ToArray();

    private static MimeMessage From(string subject)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Complainant, ComplainantAddress));
        message.To.Add(MailboxAddress.Parse(ImapServer.UserName));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.org");
        return message;
    }

    private static MimeMessage With(MimeMessage message, BodyBuilder body)
    {
        message.Body = body.ToMessageBody();
        return message;
    }
}
