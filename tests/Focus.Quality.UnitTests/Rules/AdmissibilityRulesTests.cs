using Focus.Quality.Rules;
using Focus.Quality.Rules.Admissibility;
using Focus.Quality.Rules.Contracts;

namespace Focus.Quality.UnitTests.Rules;

public sealed class AdmissibilityRulesTests
{
    private static readonly AdmissibilityRules Rules = new(RuleFiles.Load(Path.Combine(AppContext.BaseDirectory, "rules")));

    private static readonly DateOnly Received = new(2026, 11, 20);

    private static AdmissibilityFacts Ordinary() => new(
        "Mijn adviseur belt niet terug.", Received, ConductOn: null, HasEmail: true, HasPhone: false,
        AboutBenefitsDecision: false, SameFactsAlreadyHandled: false, InLegalProceedings: false);

    [Fact]
    public async Task An_ordinary_complaint_gets_no_advice_not_to_handle_it() =>
        Assert.Empty(await Rules.AdviseAsync(Ordinary(), default));

    [Theory]
    [InlineData("Het UWV heeft mijn uitkering stopgezet.")]
    [InlineData("De gemeente wil mijn bijstand terugvorderen.")]
    public async Task A_complaint_about_a_benefits_decision_is_outside_our_sphere_of_influence(string description) =>
        Assert.Equal([NotHandledReason.OutsideSphereOfInfluence], await ReasonsAsync(Ordinary() with { Description = description }));

    [Fact]
    public async Task The_handler_can_establish_that_it_is_about_a_benefits_decision() =>
        Assert.Equal([NotHandledReason.OutsideSphereOfInfluence], await ReasonsAsync(Ordinary() with { AboutBenefitsDecision = true }));

    [Theory]
    [InlineData(366, true)]
    [InlineData(365, false)]
    [InlineData(10, false)]
    public async Task Conduct_more_than_a_year_before_receipt_is_too_old(int daysBefore, bool fires)
    {
        var reasons = await ReasonsAsync(Ordinary() with { ConductOn = Received.AddDays(-daysBefore) });

        Assert.Equal(fires, reasons.Contains(NotHandledReason.OlderThanOneYear));
    }

    [Fact]
    public async Task Already_handled_and_legal_proceedings_fire_on_what_the_handler_established()
    {
        Assert.Equal([NotHandledReason.AlreadyHandled], await ReasonsAsync(Ordinary() with { SameFactsAlreadyHandled = true }));
        Assert.Equal([NotHandledReason.InLegalProceedings], await ReasonsAsync(Ordinary() with { InLegalProceedings = true }));
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public async Task Without_any_way_to_reply_the_complaint_cannot_be_handled(bool hasEmail, bool hasPhone, bool fires)
    {
        var reasons = await ReasonsAsync(Ordinary() with { HasEmail = hasEmail, HasPhone = hasPhone });

        Assert.Equal(fires, reasons.Contains(NotHandledReason.NoWayToReply));
    }

    [Fact]
    public async Task Every_advice_names_its_rule_explains_itself_and_offers_a_motivation()
    {
        var advice = await Rules.AdviseAsync(Ordinary() with { Description = "UWV", InLegalProceedings = true, HasEmail = false }, default);

        Assert.Equal(3, advice.Count);
        Assert.All(advice, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.RuleName));
            Assert.False(string.IsNullOrWhiteSpace(a.Explanation));
            Assert.False(string.IsNullOrWhiteSpace(a.SuggestedMotivation));
            Assert.Contains("admissibility@", a.RulesVersion, StringComparison.Ordinal);
        });
    }

    private static async Task<NotHandledReason[]> ReasonsAsync(AdmissibilityFacts facts) =>
        [.. (await Rules.AdviseAsync(facts, default)).Select(a => a.Reason)];
}
