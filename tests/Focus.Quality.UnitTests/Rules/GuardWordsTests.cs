using Focus.Quality.Rules.Contracts.Workflow;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Editing.Conditions;
using Focus.Quality.Rules.Resources;
using Focus.Quality.Rules.Workflows.Guards;

namespace Focus.Quality.UnitTests.Rules;

public sealed class GuardWordsTests
{
    private static readonly Glossary Terms = new("Termijnen", string.Empty)
    {
        Fields = new()
        {
            ["Channel"] = new("Kanaal", "Hoe de klacht binnenkwam.") { Values = new() { ["Phone"] = new("Telefoon", string.Empty), ["Email"] = new("E-mail", string.Empty) } },
        },
    };

    [Fact]
    public void The_builder_offers_every_guard_field_by_its_Dutch_name_and_writes_the_second_reader_as_an_expression()
    {
        using var _ = new UiCulture("nl-NL");
        var glossary = GuardGlossary.For(Terms, Localizers.For<RulesText>());
        var fields = glossary.ConditionFields(typeof(WorkflowGuardInput));

        Assert.DoesNotContain(fields, f => f.Name == Glossary.Missing && f.Code != nameof(WorkflowGuardInput.Category));
        var secondReader = Assert.Single(fields, f => f.Code == nameof(WorkflowGuardInput.ActorIsHandler));
        Assert.Equal(FieldKind.YesNo, secondReader.Kind);
        Assert.Equal(["Phone", "Email"], Assert.Single(fields, f => f.Code == nameof(WorkflowGuardInput.Channel)).Values);

        var expression = ConditionWriter.Write(new Condition(Connective.And, [new Clause(nameof(WorkflowGuardInput.ActorIsHandler), Operator.Is, "false")]), fields);

        Assert.Equal("!input.ActorIsHandler", expression);
    }

    [Theory]
    [InlineData("!input.ActorIsHandler", "Wie de stap zet is de behandelaar: nee")]
    [InlineData("input.Channel == \"Phone\" && input.DaysOpen >= 5", "Kanaal is Telefoon en Dagen sinds ontvangst minstens 5")]
    [InlineData("input.Actor != input.AssignedTo", "met de hand geschreven voorwaarde (zie Geavanceerd)")]
    public void A_guard_reads_as_Dutch_words_never_as_its_expression(string guard, string words)
    {
        using var _ = new UiCulture("nl-NL");
        var text = Localizers.For<RulesText>();

        Assert.Equal(words, GuardWords.Describe(guard, GuardGlossary.For(Terms, text), text));
    }

    [Fact]
    public void The_canvas_gets_words_for_each_guard_of_a_definition_once()
    {
        using var _ = new UiCulture("nl-NL");
        var text = Localizers.For<RulesText>();
        var json = ComplaintWorkflowTests.WithReview().Replace("input.Actor != input.AssignedTo", "!input.ActorIsHandler", StringComparison.Ordinal);

        var words = GuardWords.Of(json, GuardGlossary.For(Terms, text), text);

        Assert.Equal("Wie de stap zet is de behandelaar: nee", Assert.Single(words, w => w.Key == "!input.ActorIsHandler").Value);
        Assert.Empty(GuardWords.Of("{ niet te lezen", GuardGlossary.For(Terms, text), text));
    }
}
