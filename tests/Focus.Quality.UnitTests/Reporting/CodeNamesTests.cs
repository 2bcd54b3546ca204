using System.Globalization;
using System.Text.RegularExpressions;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Reporting.ReadModel;
using Focus.Quality.Reporting.Resources;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.UnitTests.Reporting;

public sealed partial class CodeNamesTests
{
    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en")]
    public void Every_code_the_reports_show_has_a_name_in_words_in_both_languages(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var text = Localizers.For<ReportingText>();
        var keys = Keys<ComplaintChannel>("Channel").Concat(Keys<ComplaintCategory>("Category")).Concat(Keys<CaseOutcome>("Outcome"))
            .Concat(Keys<ObjectionOutcome>("Objection")).Concat(Keys<NotHandledReason>("Reason"));

        Assert.All(keys, key =>
        {
            var name = text[key];
            Assert.False(name.ResourceNotFound, $"{key} has no {culture} name");
            Assert.DoesNotMatch(Code(), name.Value);
        });
    }

    private static IEnumerable<string> Keys<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(name => $"{prefix}.{name}");

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\p{Lu}\w*")]
    private static partial Regex Code();
}
