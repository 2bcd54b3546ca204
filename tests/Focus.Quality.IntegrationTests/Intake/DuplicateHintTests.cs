using Focus.Quality.Intake.RegisterComplaint;
using Focus.Quality.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Intake;

/// <summary>"Mogelijk dezelfde klacht als KL-…" on the registration form.</summary>
public sealed class DuplicateHintTests
{
    [Fact]
    public async Task An_address_with_an_open_case_or_a_recent_same_description_is_hinted_with_its_reference()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-2), "Email", "karin@example.org");
        await Api.CaseAsync(handler, reference);

        var byAddress = Assert.Single(await HintsAsync(app, " Karin@Example.org", "Iets heel anders."));
        var byDescription = Assert.Single(await HintsAsync(app, null, "afspraak drie keer verzet. "));

        Assert.Equal(reference, byAddress.Reference);
        Assert.Equal($"Mogelijk dezelfde klacht als {reference}: dit e-mailadres heeft daar een lopende zaak.", byAddress.Reason);
        Assert.Equal(reference, byDescription.Reference);
        Assert.StartsWith($"Mogelijk dezelfde klacht als {reference}: dezelfde omschrijving is op ", byDescription.Reason, StringComparison.Ordinal);
        Assert.Empty(await HintsAsync(app, "iemand@example.org", "Een andere klacht."));
    }

    private static Task<IReadOnlyList<DuplicateHint>> HintsAsync(FocusApp app, string? email, string description) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DuplicateHints>().ForAsync(email, description, CancellationToken.None));
}
