using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.Rules;

internal sealed class LetterTemplates(string directory) : ILetterTemplates
{
    public byte[] Get(string name) => File.ReadAllBytes(PathOf(name + ".docx"));

    public string GetText(string name) => File.ReadAllText(PathOf(name + ".txt"));

    private string PathOf(string fileName)
    {
        var path = Path.Combine(directory, "templates", fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Template '{fileName}' not found under '{directory}/templates'.", path);
    }
}
