using Focus.Quality.Intake.Contracts;
using Focus.Quality.Intake.RegisterComplaint;
using Focus.Quality.Intake.Resources;
using Microsoft.Extensions.Time.Testing;

namespace Focus.Quality.UnitTests.Intake;

public sealed class ComplaintSubmissionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly ComplaintSubmissionValidator _validator = new(Localizers.For<IntakeText>(), new FakeTimeProvider(Now));

    private static ComplaintSubmission Valid() => new(
        ComplaintChannel.Phone, Now.AddDays(-3), ComplaintCategory.Treatment, "Jan Jansen", "jan@example.org", null,
        ContactPreference.Email, "Ik ben niet teruggebeld.", null, null);

    [Fact]
    public void A_complete_submission_is_valid() => Assert.True(_validator.Validate(Valid()).IsValid);

    [Fact]
    public void Missing_name_and_description_are_reported_in_Dutch()
    {
        using var _ = new UiCulture("nl-NL");

        var result = _validator.Validate(Valid() with { ComplainantName = " ", Description = null });

        Assert.Contains(result.Errors, e => e.PropertyName == "ComplainantName" && e.ErrorMessage == "'Naam' mag niet leeg zijn.");
        Assert.Contains(result.Errors, e => e.PropertyName == "Description" && e.ErrorMessage.Contains("Omschrijving van de klacht", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_are_English_for_an_English_user()
    {
        using var _ = new UiCulture("en");

        var result = _validator.Validate(Valid() with { ReceivedAt = Now.AddDays(1) });

        Assert.Equal("The moment of receipt cannot be in the future.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("geen-adres", null, ContactPreference.Email, "Email")]
    [InlineData(null, null, ContactPreference.Email, "Email")]
    [InlineData(null, "bel me", ContactPreference.Phone, "Phone")]
    [InlineData("jan@example.org", null, ContactPreference.Phone, "Phone")]
    public void Contact_details_must_fit_the_preferred_channel(string? email, string? phone, ContactPreference preference, string field)
    {
        var result = _validator.Validate(Valid() with { Email = email, Phone = phone, PreferredContact = preference });

        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void A_receipt_in_the_past_is_accepted_but_not_before_the_year_2000()
    {
        Assert.True(_validator.Validate(Valid() with { ReceivedAt = Now.AddMonths(-11) }).IsValid);
        Assert.False(_validator.Validate(Valid() with { ReceivedAt = new DateTimeOffset(1899, 12, 31, 0, 0, 0, TimeSpan.Zero) }).IsValid);
    }

    [Fact]
    public void Over_long_fields_are_refused()
    {
        var result = _validator.Validate(Valid() with { ComplainantName = new string('a', 201), Description = new string('b', 8001) });

        Assert.Equal(["ComplainantName", "Description"], result.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public void An_unknown_category_is_refused() =>
        Assert.False(_validator.Validate(Valid() with { Category = (ComplaintCategory)42 }).IsValid);
}
