using System.Globalization;
using System.Net;
using System.Text.Json;
using Focus.Quality.Shared.Security;
using Focus.Quality.Shared.Time;

namespace Focus.Quality.IntegrationTests.Objections;

/// <summary>The four ways an objection ends, through the API, with the letters read back and the case following along.</summary>
public sealed class ObjectionPathTests
{
    private static readonly DateOnly Today = AmsterdamTime.Today(TimeProvider.System);

    [Fact]
    public async Task An_objection_settled_at_the_hearing_closes_the_case_as_settled()
    {
        await using var app = new FocusApp();
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);

        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, reference, Today)).StatusCode);
        var registered = await ObjectionAsync(director, reference);
        Assert.Equal("Registered", registered.GetProperty("status").GetString());
        var invitationTerm = registered.GetProperty("terms").EnumerateArray().Single();
        Assert.Equal("HearingInvitation", invitationTerm.GetProperty("code").GetString());
        Assert.Equal(Today.AddDays(7), DateOnly.Parse(invitationTerm.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));

        var invitation = await ObjectionApi.StepAsync(director, reference, "invitation", new
        {
            letterDate = ObjectionApi.Iso(Today),
            hearingAt = Today.ToDateTime(new TimeOnly(10, 30)),
            form = "Office",
            place = "Kantoor Utrecht, Voorbeeldstraat 1",
            employeeInvited = "P. de Vries",
        });
        var invitationText = Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{invitation}"));
        Assert.Contains("om 10:30 uur, op ons kantoor, Kantoor Utrecht, Voorbeeldstraat 1", invitationText, StringComparison.Ordinal);
        Assert.Contains("Ook P. de Vries, de medewerker over wie u klaagt, is uitgenodigd", invitationText, StringComparison.Ordinal);
        Assert.Contains("Inge Dijkstra", invitationText, StringComparison.Ordinal);

        await ObjectionApi.StepAsync(director, reference, "hearing-report", new
        {
            heldOn = ObjectionApi.Iso(Today),
            attendees = "Klager, P. de Vries, directeur",
            report = "Klager lichtte toe dat de adviseur afspraken afzegde.",
            settlementProposal = "Een nieuwe adviseur en een excuusbrief.",
        });
        var settlement = await ObjectionApi.StepAsync(director, reference, "settlement", new { agreedOn = ObjectionApi.Iso(Today), agreedOutcome = "Een nieuwe adviseur en een excuusbrief." });

        var settled = await ObjectionAsync(director, reference);
        Assert.Equal("Settled", settled.GetProperty("status").GetString());
        Assert.Contains("Een nieuwe adviseur en een excuusbrief.", Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{settlement}")), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");
        var kinds = Kinds(await Api.CaseAsync(handler, reference));
        Assert.Equal(["ObjectionRegistered", "HearingScheduled", "HearingHeld", "ObjectionConcluded"], kinds.Where(k => k.StartsWith("Objection", StringComparison.Ordinal) || k.StartsWith("Hearing", StringComparison.Ordinal)));
        var pickup = Path.Combine(app.DataDirectory, "mail-pickup");
        await Eventually.TrueAsync(() => Task.FromResult(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Select(File.ReadAllText)
            .Any(mail => mail.Contains($"Subject: Afspraken over uw bezwaar, kenmerk {reference}", StringComparison.Ordinal) && mail.Contains("To: fatima@example.org", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task The_hearing_report_becomes_a_document_of_the_objection_with_the_report_text_and_the_reference_for_the_director()
    {
        await using var app = new FocusApp();
        var (director, _, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        await ObjectionApi.RegisterAsync(director, reference, Today);
        await ObjectionApi.StepAsync(director, reference, "invitation", new
        {
            letterDate = ObjectionApi.Iso(Today), hearingAt = Today.ToDateTime(new TimeOnly(10, 30)), form = "Phone", place = "030 123 45 67",
        });

        var report = await ObjectionApi.StepAsync(director, reference, "hearing-report", new
        {
            heldOn = ObjectionApi.Iso(Today),
            attendees = "Klager, directeur",
            report = "Klager lichtte toe dat de adviseur afspraken afzegde.\nDe directeur zegde onderzoek toe.",
        });

        var document = Assert.Single((await ObjectionAsync(director, reference)).GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "HearingReport");
        Assert.Equal(report, document.GetProperty("id").GetGuid());
        Assert.StartsWith($"verslag-hoorzitting-{reference}-", document.GetProperty("fileName").GetString(), StringComparison.Ordinal);
        var text = Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{report}"));
        Assert.Contains($"Ons kenmerk: {reference}", text, StringComparison.Ordinal);
        Assert.Contains("Klager lichtte toe dat de adviseur afspraken afzegde.\nDe directeur zegde onderzoek toe.", text, StringComparison.Ordinal);
        Assert.Contains("Aanwezig\nKlager, directeur", text, StringComparison.Ordinal);
        Assert.Contains("Er is geen voorstel voor een schikking gedaan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_settlement_the_director_decides_after_the_hearing()
    {
        await using var app = new FocusApp();
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        await ObjectionApi.RegisterAsync(director, reference, Today);
        await ObjectionApi.StepAsync(director, reference, "invitation", new { letterDate = ObjectionApi.Iso(Today), hearingAt = Today.ToDateTime(new TimeOnly(9, 0)), form = "Phone", place = "06-00000000" });
        await ObjectionApi.StepAsync(director, reference, "hearing-report", new { heldOn = ObjectionApi.Iso(Today), attendees = "Klager, directeur", report = "Geen overeenstemming." });

        var decision = await ObjectionApi.StepAsync(director, reference, "decision", new { decidedOn = ObjectionApi.Iso(Today), judgement = "Unfounded", decision = "De reactie blijft in stand." });

        var text = Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{decision}"));
        Assert.Contains("Beslissing: uw bezwaar is ongegrond.", text, StringComparison.Ordinal);
        Assert.Contains("De reactie blijft in stand.", text, StringComparison.Ordinal);
        var decided = await ObjectionAsync(director, reference);
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
        Assert.DoesNotContain(decided.GetProperty("terms").EnumerateArray(), t => t.GetProperty("code").GetString() == "FinalDecision");
        await Eventually.TrueAsync(async () => Kinds(await Api.CaseAsync(handler, reference)).Contains("ObjectionConcluded"));
    }

    [Fact]
    public async Task A_waived_hearing_starts_the_two_week_decision_term_which_the_decision_meets()
    {
        await using var app = new FocusApp();
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, Today);
        await ObjectionApi.RegisterAsync(director, reference, Today);

        await ObjectionApi.StepAsync(director, reference, "waiver", new { waivedOn = ObjectionApi.Iso(Today), didNotAttend = false });
        var waived = await ObjectionAsync(director, reference);
        Assert.Equal("Waived", waived.GetProperty("status").GetString());
        var decisionTerm = waived.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "FinalDecision");
        Assert.Equal(Today.AddDays(14), DateOnly.Parse(decisionTerm.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Conflict, (await director.PostAsJsonAsync($"/api/objections/{reference}/settlement", new { agreedOn = ObjectionApi.Iso(Today), agreedOutcome = "x" })).StatusCode);

        var decision = await ObjectionApi.StepAsync(director, reference, "decision", new { decidedOn = ObjectionApi.Iso(Today.AddDays(5)), judgement = "PartlyFounded", decision = "Wij bieden excuses aan." });

        Assert.Contains("gedeeltelijk gegrond", Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{decision}")), StringComparison.Ordinal);
        var decided = await ObjectionAsync(director, reference);
        Assert.True(decided.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "FinalDecision").GetProperty("met").GetBoolean());
        await Eventually.TrueAsync(async () => Kinds(await Api.CaseAsync(handler, reference)).Contains("HearingWaived"));
    }

    [Fact]
    public async Task A_late_objection_is_flagged_and_the_director_declares_it_not_admissible_with_a_reason()
    {
        await using var app = new FocusApp();
        var letterDate = Today.AddDays(-40);
        var (director, handler, reference) = await ObjectionApi.RespondedCaseAsync(app, letterDate);

        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, reference, Today)).StatusCode);
        var late = await ObjectionAsync(director, reference);
        Assert.Equal("LateReview", late.GetProperty("status").GetString());
        Assert.Equal("ObjectionAfterTheTerm", late.GetProperty("lateAdvice").GetProperty("ruleName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await director.PostAsJsonAsync($"/api/objections/{reference}/invitation", new { letterDate = ObjectionApi.Iso(Today), hearingAt = Today.AddDays(1).ToDateTime(new TimeOnly(10, 0)), form = "Phone", place = "x" })).StatusCode);
        var noReason = await director.PostAsJsonAsync($"/api/objections/{reference}/late-decision", new { admit = false, reason = "", letterDate = ObjectionApi.Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var letter = await ObjectionApi.StepAsync(director, reference, "late-decision", new { admit = false, reason = "Het bezwaar kwam tien dagen na de termijn binnen.", letterDate = ObjectionApi.Iso(Today) });

        var text = Letters.Text(await director.GetByteArrayAsync($"/api/objections/{reference}/documents/{letter}"));
        Assert.Contains("Beslissing: uw bezwaar is niet-ontvankelijk.", text, StringComparison.Ordinal);
        Assert.Contains("tien dagen na de termijn", text, StringComparison.Ordinal);
        Assert.Equal("NotAdmissible", (await ObjectionAsync(director, reference)).GetProperty("status").GetString());
        await Eventually.TrueAsync(async () => (await Api.CaseAsync(handler, reference)).GetProperty("status").GetString() == "Closed");
    }

    [Fact]
    public async Task The_objection_term_ends_as_the_Algemene_termijnenwet_says_and_the_late_advice_follows_it()
    {
        // 30 days after 15 April 2026 is Friday 15 May: a company closing day, but no day of the Atw, so the term ends then.
        await using var app = new FocusApp();
        var letterDate = new DateOnly(2026, 4, 15);
        var (director, handler, onTime) = await ObjectionApi.RespondedCaseAsync(app, letterDate);
        var (_, _, late) = await ObjectionApi.RespondedCaseAsync(app, letterDate);

        var term = Api.Term(await Api.CaseAsync(handler, onTime), "Objection");
        Assert.Equal(new DateOnly(2026, 5, 15), DateOnly.Parse(term.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("AlgemeneTermijnenwet", term.GetProperty("extendsWhenEndingOn").GetString());

        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, onTime, new DateOnly(2026, 5, 15))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ObjectionApi.RegisterAsync(director, late, new DateOnly(2026, 5, 18))).StatusCode);

        var onTimeObjection = await ObjectionAsync(director, onTime);
        Assert.Equal("Registered", onTimeObjection.GetProperty("status").GetString());
        Assert.Equal("2026-05-15", onTimeObjection.GetProperty("objectionDue").GetString());
        var lateObjection = await ObjectionAsync(director, late);
        Assert.Equal("LateReview", lateObjection.GetProperty("status").GetString());
        Assert.Equal("ObjectionAfterTheTerm", lateObjection.GetProperty("lateAdvice").GetProperty("ruleName").GetString());
        Assert.Contains("Algemene termijnenwet", lateObjection.GetProperty("lateAdvice").GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_director_and_the_administrator_handle_objections()
    {
        await using var app = new FocusApp();
        var handler = await app.ClientForAsync(AppRoles.Handler);

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/api/objections")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(AppRoles.Administrator)).GetAsync("/api/objections")).StatusCode);
    }

    [Fact]
    public async Task An_objection_against_a_case_without_a_letter_or_without_its_original_is_refused()
    {
        await using var app = new FocusApp();
        var director = await app.ClientForAsync(AppRoles.Director);
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-1));
        await Api.CaseAsync(handler, reference);

        var noLetter = await ObjectionApi.RegisterAsync(director, reference, Today);
        Assert.Equal(HttpStatusCode.BadRequest, noLetter.StatusCode);
        Assert.Contains("geen reactie", await noLetter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var executable = await ObjectionApi.RegisterAsync(director, reference, Today, ("bezwaar.pdf", "MZ\u0090\u0000"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, executable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/objections/{reference}")).StatusCode);
    }

    private static List<string> Kinds(JsonElement @case) =>
        [.. @case.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    private static async Task<JsonElement> ObjectionAsync(HttpClient director, string reference) =>
        await director.GetFromJsonAsync<JsonElement>($"/api/objections/{reference}", Api.Json);
}
