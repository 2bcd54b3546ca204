using System.Text.Json.Nodes;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Editing;
using Focus.Quality.Rules.Editing.Conditions;
using Focus.Quality.Rules.Validation;
using Focus.Quality.Rules.Versions;

namespace Focus.Quality.UnitTests.Rules;

public sealed class ConditionBuilderTests
{
    private static readonly string RulesDirectory = Path.Combine(AppContext.BaseDirectory, "rules");

    private static readonly Glossary Words = new("Proef", "Velden van elke soort.")
    {
        Fields = new()
        {
            ["Category"] = new("categorie", "Waar het over gaat.") { Values = new() { ["Treatment"] = new("bejegening", ""), ["Other"] = new("overig", "") } },
        },
    };

    private static readonly IReadOnlyList<ConditionField> Fields = Words.ConditionFields(typeof(EveryKind));

    public static TheoryData<string, string> EveryOperatorOfEveryField()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in Fields)
        {
            foreach (var op in field.Operators)
            {
                data.Add(field.Code, op.ToString());
            }
        }

        return data;
    }

    [Fact]
    public void Each_field_kind_comes_from_the_input_type_and_the_glossary()
    {
        Assert.Equal(
            ["Category:Choice", "Text:Text", "Count:Number", "Days:Number?", "Flag:YesNo", "On:Date", "Until:Date?"],
            Fields.Select(f => $"{f.Code}:{f.Kind}{(f.Nullable ? "?" : string.Empty)}"));
        Assert.Equal("categorie", Fields[0].Name);
    }

    [Theory]
    [MemberData(nameof(EveryOperatorOfEveryField))]
    public void A_line_survives_builder_to_expression_to_builder(string field, string operatorName)
    {
        var op = Enum.Parse<Operator>(operatorName);
        var value = op is Operator.IsEmpty or Operator.IsFilled ? string.Empty : SampleValue(Fields.Single(f => f.Code == field));
        var condition = new Condition(Connective.And, [new Clause(field, op, value)]);

        var expression = ConditionWriter.Write(condition, Fields);
        var read = ConditionReader.Read(expression, Fields);

        Assert.Null(read.Reason);
        Assert.Equal(condition.Clauses, read.Condition!.Clauses);
        Assert.Equal(expression, ConditionWriter.Write(read.Condition, Fields));
    }

    [Theory]
    [InlineData("And")]
    [InlineData("Or")]
    public void Lines_combined_with_en_or_of_survive_the_round_trip(string connectiveName)
    {
        var connective = Enum.Parse<Connective>(connectiveName);
        var condition = new Condition(connective, [new Clause("Category", Operator.Is, "Treatment"), new Clause("Text", Operator.Contains, "zeg \"nee\" \\ ja"), new Clause("Flag", Operator.Is, "false")]);

        var read = ConditionReader.Read(ConditionWriter.Write(condition, Fields), Fields);

        Assert.Equal(connective, read.Condition!.Connective);
        Assert.Equal(condition.Clauses, read.Condition.Clauses);
    }

    [Theory]
    [InlineData("And", 0)]
    [InlineData("And", 2)]
    [InlineData("Or", 1)]
    [InlineData("Or", 2)]
    public void A_lead_choice_and_the_lines_after_it_survive_the_round_trip(string connectiveName, int lines)
    {
        var connective = Enum.Parse<Connective>(connectiveName);
        var lead = new Clause("Category", Operator.Is, "Other");
        var rest = new Condition(connective, [.. new[] { new Clause("Count", Operator.AtLeast, "3"), new Clause("Until", Operator.IsEmpty, string.Empty) }.Take(lines)]);

        var expression = ConditionWriter.WriteAfter(lead, rest, Fields);
        var read = ConditionReader.ReadAfter(expression, "Category", Fields);

        Assert.Equal(lead, read.First);
        Assert.Equal(rest.Clauses, read.Condition!.Clauses);
        Assert.Equal(expression, ConditionWriter.WriteAfter(read.First!, read.Condition, Fields));
    }

    [Theory]
    [InlineData("input.Text.Length > 3", "\"Length\" past hier niet")]
    [InlineData("input.Flag && (input.Count > 1 || input.Count < 0) || input.Flag", "\"en\" en \"of\" staan door elkaar")]
    [InlineData("input.Category == \"Elders\"", "\"Elders\" staat niet in de keuzelijst van het veld \"categorie\"")]
    [InlineData("input.Chanel == \"Phone\"", "het veld \"Chanel\" bestaat niet")]
    [InlineData("input.Count > 1.5", "\".\" past hier niet")]
    [InlineData("!(input.Flag)", "\"(\" past hier niet")]
    [InlineData("input.Text == 'x'", "tekens of tekst die de bouwer niet kent")]
    public void An_expression_the_builder_cannot_show_is_left_to_the_raw_view_with_a_Dutch_reason(string expression, string reason)
    {
        var read = ConditionReader.Read(expression, Fields);

        Assert.Null(read.Condition);
        Assert.Contains(reason, read.Reason);
    }

    [Fact]
    public void A_term_condition_must_start_with_its_lead_choice()
    {
        var read = ConditionReader.ReadAfter("input.Flag && input.Category == \"Other\"", "Category", Fields);

        Assert.Null(read.Condition);
        Assert.Contains("begint niet met één keuze", read.Reason);
    }

    [Theory]
    [InlineData("Terms")]
    [InlineData("Admissibility")]
    [InlineData("Objections")]
    public void Every_seeded_rule_shows_in_the_builder_with_Dutch_names(string kindName)
    {
        var kind = Enum.Parse<RuleSetKind>(kindName);
        var profile = RuleSetProfile.For(kind);
        var document = RuleSetDocument.TryParse(RuleFiles.Read(RulesDirectory, kind), profile.WorkflowName)!;
        var fields = document.Glossary.ConditionFields(profile.InputType);

        Assert.All(fields, f => Assert.NotEqual(Glossary.Missing, f.Name));
        for (var i = 0; i < document.Count; i++)
        {
            var read = kind == RuleSetKind.Terms
                ? ConditionReader.ReadAfter(document[i].Expression, Glossary.TriggerField, fields)
                : ConditionReader.Read(document[i].Expression, fields);
            Assert.True(read.Condition is not null, $"{document[i].Name}: {read.Reason}");
        }
    }

    [Fact]
    public void The_glossary_is_stored_in_the_rule_set_and_survives_the_form()
    {
        var document = RuleSetDocument.TryParse(RuleFiles.Read(RulesDirectory, RuleSetKind.Terms), "Terms")!;

        document.Add("Bejegening: bevestiging binnen 3 werkdagen", PropertySpec.TermRule, "true");
        var saved = RuleSetDocument.TryParse(document.ToJson(), "Terms")!;

        Assert.Equal("Ontvangstbevestiging", Glossary.NameOf(saved.Glossary.Terms, "Acknowledgement"));
        Assert.Equal("Werkdagen", Glossary.NameOf(saved.Glossary.Units, "WorkingDays"));
        Assert.Equal("Ontvangst van de klacht", Glossary.NameOf(saved.Glossary.Triggers, "ComplaintReceived"));
        Assert.Contains(saved[saved.Count - 1].Properties, p => p == (Glossary.RuleName, "Bejegening: bevestiging binnen 3 werkdagen"));
        Assert.Equal("Termijnen", JsonNode.Parse(document.ToJson())![0]!["Glossary"]!["Name"]!.GetValue<string>());
    }

    private static string SampleValue(ConditionField field) => field.Kind switch
    {
        FieldKind.Choice => "Treatment",
        FieldKind.Number => "-12",
        FieldKind.YesNo => "false",
        FieldKind.Date => "2026-05-05",
        _ => "klacht over \"toon\"",
    };

    private sealed record EveryKind(string Category, string Text, int Count, int? Days, bool Flag, DateOnly On, DateOnly? Until);
}
