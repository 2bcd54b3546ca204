using System.Globalization;
using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class TermExtensionTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task A_term_is_extended_once_with_a_reason_and_keeps_its_original_date()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-1));
        var original = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Response").GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

        var withoutReason = await Extend(handler, reference, "Response", original.AddDays(14), reason: " ");
        var tooEarly = await Extend(handler, reference, "Response", original, reason: "Wachten op stukken");
        var extended = await Extend(handler, reference, "Response", original.AddDays(14), reason: "Wachten op informatie van de klager");
        var again = await Extend(handler, reference, "Response", original.AddDays(21), reason: "Nog een keer");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var term = Api.Term(await Api.CaseAsync(handler, reference), "Response");
        Assert.Equal(original.AddDays(14), DateOnly.Parse(term.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(original, DateOnly.Parse(term.GetProperty("originalDueDate").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("Wachten op informatie van de klager", term.GetProperty("extensionReason").GetString());
        Assert.Contains("TermExtended", (await Api.CaseAsync(handler, reference)).GetProperty("timeline").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_the_nearest_term_moves_the_case_on_the_worklist()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddDays(-10));
        var due = DateOnly.Parse(Api.Term(await Api.CaseAsync(handler, reference), "Acknowledgement").GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);

        await Extend(handler, reference, "Acknowledgement", due.AddDays(7), reason: "Klager langdurig in het buitenland");

        var row = (await handler.GetFromJsonAsync<JsonElement>($"/api/worklist?search={reference}")).EnumerateArray().Single();
        Assert.Equal(due.AddDays(7), DateOnly.Parse(row.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));
    }

    private static Task<HttpResponseMessage> Extend(HttpClient handler, string reference, string termCode, DateOnly newDueDate, string reason) =>
        handler.PostAsJsonAsync($"/api/cases/{reference}/term-extension", new
        {
            termCode,
            newDueDate = newDueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reason,
        });
}
