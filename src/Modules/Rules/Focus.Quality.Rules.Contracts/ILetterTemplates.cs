namespace Focus.Quality.Rules.Contracts;

public static class LetterTemplateNames
{
    public const string Response = "schriftelijke-reactie";
    public const string NotHandled = "niet-in-behandeling";
    public const string AcknowledgementMail = "bevestiging-email";
    public const string HearingInvitation = "uitnodiging-hoorzitting";
    public const string Settlement = "schikking";
    public const string FinalDecision = "definitieve-beslissing";
    public const string HearingReport = "verslag-hoorzitting";
}

/// <summary>
/// The Word templates of the letters and the text templates of e-mails, editable policy like the rules: the version a
/// quality officer published (rules/templates seeds the first one).
/// </summary>
public interface ILetterTemplates
{
    byte[] Get(string name);

    /// <summary>A plain-text template (an e-mail): its first line is "Onderwerp: …", the rest is the body.</summary>
    string GetText(string name);
}
