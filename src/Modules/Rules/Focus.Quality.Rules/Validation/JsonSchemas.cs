using NJsonSchema;
using NJsonSchema.Validation;

namespace Focus.Quality.Rules.Validation;

/// <summary>The JSON schemas of the rule files (embedded in this assembly), with their errors in Dutch.</summary>
internal static class JsonSchemas
{
    public static readonly Lazy<JsonSchema> RuleSet = Load("rule-set.schema.json");
    public static readonly Lazy<JsonSchema> Calendar = Load("calendar.schema.json");
    public static readonly Lazy<JsonSchema> Workflow = Load("workflow.schema.json");

    public static IEnumerable<RuleProblem> Check(JsonSchema schema, string json) =>
        schema.Validate(json).SelectMany(Flatten).Select(error => new RuleProblem(
            Subject(error.Path), $"regel {error.LineNumber}, teken {error.LinePosition}", Explain(error)));

    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)
            : [error];

    private static string? Subject(string? path) => string.IsNullOrEmpty(path) || path == "#" ? null : path.TrimStart('#', '/');

    private static string Explain(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"verplicht veld '{error.Property}' ontbreekt",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"onbekend veld '{error.Property}'",
        ValidationErrorKind.StringExpected => "hier hoort een tekst",
        ValidationErrorKind.BooleanExpected => "hier hoort true of false",
        ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberExpected => "hier hoort een getal",
        ValidationErrorKind.ArrayExpected => "hier hoort een lijst",
        ValidationErrorKind.ObjectExpected => "hier hoort een object",
        ValidationErrorKind.NotInEnumeration => "deze waarde is niet toegestaan",
        ValidationErrorKind.StringTooShort => "deze tekst mag niet leeg zijn",
        ValidationErrorKind.StringTooLong => "deze tekst is te lang",
        ValidationErrorKind.TooFewItems => "deze lijst mag niet leeg zijn",
        ValidationErrorKind.DateExpected or ValidationErrorKind.DateTimeExpected => "hier hoort een datum (jjjj-mm-dd)",
        ValidationErrorKind.PatternMismatch => "alleen letters en cijfers, beginnend met een letter",
        _ => $"voldoet niet aan het schema ({error.Kind})",
    };

    private static Lazy<JsonSchema> Load(string name) => new(() =>
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    });
}
