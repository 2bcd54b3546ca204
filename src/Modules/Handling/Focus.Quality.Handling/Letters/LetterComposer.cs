using Focus.Quality.Handling.Domain;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Documents;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Procedure;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.Options;

namespace Focus.Quality.Handling.Letters;

/// <summary>
/// Fills a letter template with the case's facts and stores the result as a document of the case. The address block
/// under the name stays empty when no postal address is known: such a letter goes by e-mail, or waits for an address.
/// </summary>
internal sealed class LetterComposer(ILetterTemplates templates, IDocumentStore documents, IOptions<ProcedureOptions> procedure, TimeProvider clock)
{
    public async Task<CaseDocument> ComposeAsync(
        Case @case, PostalAddress? address, DocumentKind kind, string template, DateOnly letterDate, DateOnly objectionDue, string by, StaffSignature signature,
        IReadOnlyDictionary<string, string> specific, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(specific);
        foreach (var (field, value) in CommonValues(@case, address, letterDate, objectionDue, signature))
        {
            values[field] = value;
        }

        var content = DocxTemplate.Fill(templates.Get(template), values);
        var key = await documents.SaveAsync("handling", ".docx", content, cancellationToken);
        return new CaseDocument
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            FileName = $"{template}-{@case.Reference}-{letterDate:yyyy-MM-dd}.docx",
            ContentType = Uploads.DocxContentType,
            Size = content.Length,
            DocumentKey = key,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = by,
        };
    }

    /// <summary>The merge fields every letter of a case fills, the same for a sent letter and a quality officer's preview.</summary>
    public Dictionary<string, string> CommonValues(Case @case, PostalAddress? address, DateOnly letterDate, DateOnly? objectionDue, StaffSignature signature) => new()
    {
        ["Reference"] = @case.Reference,
        ["ComplainantName"] = @case.ComplainantName,
        ["ComplainantAddress"] = address?.LetterLines() ?? string.Empty,
        ["ReceivedDate"] = DutchLetters.LongDate(Shared.Time.AmsterdamTime.DateOf(@case.ReceivedAt)),
        ["LetterDate"] = DutchLetters.LongDate(letterDate),
        ["ObjectionDeadline"] = objectionDue is { } due ? DutchLetters.LongDate(due) : string.Empty,
        ["DirectorName"] = procedure.Value.DirectorName,
        ["DirectorPostalAddress"] = procedure.Value.DirectorPostalAddress,
        ["DirectorEmail"] = procedure.Value.DirectorEmail,
        ["HandlerName"] = signature.Name,
        ["HandlerFunction"] = signature.Function,
    };
}
