namespace Focus.Quality.Rules.Contracts;

public static class LetterTemplateNames
{
    public const string Response = "schriftelijke-reactie";
    public const string NotHandled = "niet-in-behandeling";
}

/// <summary>The Word templates of the letters, editable policy like the rules (rules/templates/*.docx).</summary>
public interface ILetterTemplates
{
    byte[] Get(string name);
}
