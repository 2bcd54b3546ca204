using Focus.Quality.Handling.CaseFile;
using Focus.Quality.Handling.Resources;

namespace Focus.Quality.UnitTests.Handling;

public sealed class TimelineTextTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_letter_by_post_names_the_address_it_goes_to()
    {
        using var _ = new UiCulture("nl-NL");

        var sentence = TimelineText.Describe(Localizers.For<HandlingText>(), new TimelineView(At, "LetterByPost", null, "Dorpsstraat 12, 6711 AB Ede"), anonymised: false);

        Assert.Equal("Brief per post versturen naar Dorpsstraat 12, 6711 AB Ede (geen e-mailadres bekend)", sentence);
    }

    [Fact]
    public void A_letter_by_post_without_an_address_asks_for_one_unless_anonymisation_erased_it()
    {
        using var _ = new UiCulture("nl-NL");
        var entry = new TimelineView(At, "LetterByPost", null, null);

        Assert.Equal("Brief per post versturen, maar geen postadres bekend — vraag het adres op", TimelineText.Describe(Localizers.For<HandlingText>(), entry, anonymised: false));
        Assert.Equal("Inhoud verwijderd na de bewaartermijn", TimelineText.Describe(Localizers.For<HandlingText>(), entry, anonymised: true));
    }
}
