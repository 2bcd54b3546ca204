using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules;

internal sealed class LetterTemplates(string directory) : ILetterTemplates
{
    public byte[] Get(string name)
    {
        var path = Path.Combine(directory, "templates", name + ".docx");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"Letter template '{name}.docx' not found under '{directory}/templates'.", path);
    }
}
