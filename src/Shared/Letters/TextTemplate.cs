namespace Focus.Quality.Shared.Letters;

/// <summary>An e-mail written as a text template: "Onderwerp: …" on the first line, then the body, with {{Placeholder}} fields.</summary>
public static class TextTemplate
{
    private const string SubjectPrefix = "Onderwerp:";

    public static (string Subject, string Body) Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var filled = DocxTemplate.Replace(template.Replace("\r\n", "\n", StringComparison.Ordinal), values);
        var firstLineEnd = filled.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? filled : filled[..firstLineEnd];
        if (!firstLine.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"An e-mail template starts with a line \"{SubjectPrefix} …\".");
        }

        return (firstLine[SubjectPrefix.Length..].Trim(), firstLineEnd < 0 ? string.Empty : filled[(firstLineEnd + 1)..].Trim('\n'));
    }
}
