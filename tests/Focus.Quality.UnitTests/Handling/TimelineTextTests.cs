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

    [Fact]
    public void A_move_to_another_workflow_version_and_a_case_left_behind_read_in_Dutch()
    {
        using var _ = new UiCulture("nl-NL");
        var text = Localizers.For<HandlingText>();

        Assert.Equal(
            "Verplaatst naar werkwijze versie 2: status ‘Geregistreerd’ (versie 1) is nu ‘Ter beoordeling’",
            TimelineText.Describe(text, new TimelineView(At, "WorkflowVersionChanged", "kwaliteit", "1|Geregistreerd|2|Ter beoordeling"), anonymised: false));
        Assert.Equal(
            "Niet verplaatst naar werkwijze versie 2: geen stap in die versie rondt de termijn ‘Schriftelijke reactie’ nog af",
            TimelineText.Describe(text, new TimelineView(At, "WorkflowVersionKept", "kwaliteit", "2|TermWouldVanish|Response"), anonymised: false));
        Assert.Equal(
            "Niet verplaatst naar werkwijze versie 3: de status van de zaak heeft geen plek in die versie",
            TimelineText.Describe(text, new TimelineView(At, "WorkflowVersionKept", "kwaliteit", "3|StateNotMapped|Registered"), anonymised: false));
    }
}
