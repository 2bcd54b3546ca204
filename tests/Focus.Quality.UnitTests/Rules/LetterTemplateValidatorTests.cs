using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Focus.Quality.Rules.Letters;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.UnitTests.Rules;

/// <summary>The checks a quality officer's template passes before it is saved, and what a new version says it changes.</summary>
public sealed class LetterTemplateValidatorTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "rules");

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_shipped_template_passes(string kind) =>
        Assert.Empty(LetterTemplateValidator.Validate(Enum.Parse<RuleSetKind>(kind), LetterContent.Read(Directory, Enum.Parse<RuleSetKind>(kind))));

    public static TheoryData<string> Templates() => [.. RuleSetKinds.Letters.Select(k => k.ToString())];

    [Fact]
    public void An_unknown_field_is_named()
    {
        var problem = Assert.Single(LetterTemplateValidator.Validate(RuleSetKind.LetterResponse, WithParagraph(Seed(RuleSetKind.LetterResponse), "Uw adviseur: {{Adviseur}}")));
        Assert.Equal("Veld {{Adviseur}} — Dit veld is onbekend: het wordt in deze brief nooit ingevuld. Gebruik alleen de velden uit de lijst (let op hoofdletters).", problem.ToString());
    }

    [Fact]
    public void A_field_another_letter_has_is_unknown_in_this_one()
    {
        var problem = Assert.Single(LetterTemplateValidator.Validate(RuleSetKind.LetterSettlement, WithParagraph(Seed(RuleSetKind.LetterSettlement), "{{ObjectionDeadline}}")));
        Assert.StartsWith("Veld {{ObjectionDeadline}} — Dit veld is onbekend", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named_with_what_the_letter_must_say()
    {
        var withoutDeadline = Convert.ToBase64String(Edit(Seed(RuleSetKind.LetterResponse), body =>
        {
            foreach (var text in body.Descendants<Text>().Where(t => t.Text.Contains("{{ObjectionDeadline}}", StringComparison.Ordinal)))
            {
                text.Text = text.Text.Replace("{{ObjectionDeadline}}", "binnen zes weken", StringComparison.Ordinal);
            }
        }));

        var problem = Assert.Single(LetterTemplateValidator.Validate(RuleSetKind.LetterResponse, withoutDeadline));
        Assert.Equal("Veld {{ObjectionDeadline}} — Dit verplichte veld ontbreekt: de brief moet de uiterste datum om bezwaar te maken noemen.", problem.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused()
    {
        var problem = Assert.Single(LetterTemplateValidator.Validate(RuleSetKind.LetterResponse, "%PDF-1.7 geen Word"u8.ToArray()));
        Assert.StartsWith("Het bestand is geen geldig Word-document (.docx).", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_e_mail_without_its_subject_line_is_refused()
    {
        var problem = Assert.Single(LetterTemplateValidator.Validate(RuleSetKind.MailAcknowledgement, Encoding.UTF8.GetBytes("Geachte {{ComplainantName}},\n{{Reference}} {{StatusLink}}")));
        Assert.Contains("Onderwerp:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_version_lists_the_sentence_it_adds()
    {
        var seed = Seed(RuleSetKind.LetterResponse);
        var changes = LetterChanges.Describe(RuleSetKind.LetterResponse, Convert.ToBase64String(seed), Convert.ToBase64String(WithParagraph(seed, "Wij bellen u na.")));
        Assert.Equal(["Nieuwe tekst: \"Wij bellen u na.\""], changes);
    }

    private static byte[] Seed(RuleSetKind kind) => File.ReadAllBytes(Path.Combine(Directory, kind.FileName()));

    private static byte[] WithParagraph(byte[] docx, string text) =>
        Edit(docx, body => body.InsertBefore(new Paragraph(new Run(new Text(text))), body.Elements<SectionProperties>().LastOrDefault()));

    private static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document.MainDocumentPart!.Document.Body!);
        }

        return stream.ToArray();
    }
}
