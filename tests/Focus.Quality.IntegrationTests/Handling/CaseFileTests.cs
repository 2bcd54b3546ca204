using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Focus.Quality.Handling.Persistence;
using Focus.Quality.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Focus.Quality.IntegrationTests.Handling;

public sealed class CaseFileTests(FocusApp app) : IClassFixture<FocusApp>
{
    [Fact]
    public async Task Internal_notes_and_logged_contact_appear_on_the_timeline_with_who_and_when()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);

        var note = await handler.PostAsJsonAsync($"/api/cases/{reference}/notes", new { note = "Klager is bekend bij team Noord." });
        var empty = await handler.PostAsJsonAsync($"/api/cases/{reference}/notes", new { note = "  " });
        var call = await handler.PostAsJsonAsync($"/api/cases/{reference}/communications", new
        {
            channel = "PhoneCall", direction = "Outgoing", at = DateTimeOffset.UtcNow.AddMinutes(-10), summary = "Klager teruggebeld, afspraak gemaakt.",
        });

        Assert.Equal(HttpStatusCode.NoContent, note.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, call.StatusCode);
        var timeline = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").EnumerateArray().ToList();
        var internalNote = timeline.Single(e => e.GetProperty("kind").GetString() == "InternalNote");
        Assert.Equal(FocusApp.UserFor(AppRoles.Handler), internalNote.GetProperty("actor").GetString());
        Assert.Contains("team Noord", internalNote.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == "Communication" && e.GetProperty("details").GetString()!.StartsWith("PhoneCall|Outgoing|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_attachment_is_stored_outside_the_row_and_can_be_downloaded()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        var added = await Upload(handler, reference, "verslag gesprek.pdf", pdf);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(pdf, await handler.GetByteArrayAsync(added.Headers.Location));
        var document = (await Api.CaseAsync(handler, reference)).GetProperty("documents").EnumerateArray().Single();
        Assert.Equal("Attachment", document.GetProperty("kind").GetString());
        Assert.Equal("verslag gesprek.pdf", document.GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("naïve\u202Egpj.txt", "naïvegpj.txt")]
    [InlineData("\u2067rapport\u2069 \u200Fmei\u200E.txt", "rapport mei.txt")]
    public async Task Bidi_controls_in_a_file_name_are_stripped_so_it_shows_as_it_is(string sent, string shown)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);

        var added = await Upload(handler, reference, sent, Encoding.ASCII.GetBytes("gewone tekst"));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var document = (await Api.CaseAsync(handler, reference)).GetProperty("documents").EnumerateArray().Single();
        Assert.Equal(shown, document.GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("virus.pdf", "MZ\u0090\u0000executable", "past niet bij de extensie .pdf")]
    [InlineData("script.exe", "MZ", "kan niet worden toegevoegd")]
    [InlineData("leeg.txt", "", "past niet bij de extensie .txt")]
    public async Task A_refused_upload_says_why_and_changes_nothing(string fileName, string content, string message)
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        var before = (await Api.CaseAsync(handler, reference)).GetProperty("timeline").GetArrayLength();

        var refused = await Upload(handler, reference, fileName, Encoding.Latin1.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await Api.CaseAsync(handler, reference);
        Assert.Empty(after.GetProperty("documents").EnumerateArray());
        Assert.Equal(before, after.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task An_oversized_upload_is_refused()
    {
        await using var small = new FocusApp(FocusApp.SeededDataDirectory(), new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "1024" });
        var handler = await small.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);

        var refused = await Upload(handler, reference, "lang.txt", Encoding.ASCII.GetBytes(new string('a', 5000)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("te groot", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_saving_one_case_at_once_cannot_overwrite_each_other_silently()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<HandlingDbContext>().Cases.Include(c => c.Timeline).SingleAsync(c => c.Reference == reference);
        var theirs = await second.ServiceProvider.GetRequiredService<HandlingDbContext>().Cases.Include(c => c.Timeline).SingleAsync(c => c.Reference == reference);
        mine.AddInternalNote("eerste", "a", DateTimeOffset.UtcNow);
        theirs.AddInternalNote("tweede", "b", DateTimeOffset.UtcNow);

        await first.ServiceProvider.GetRequiredService<HandlingDbContext>().SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<HandlingDbContext>().SaveChangesAsync());
    }

    [Fact]
    public async Task The_timeline_is_an_append_only_audit_trail()
    {
        var handler = await app.ClientForAsync(AppRoles.Handler);
        var reference = await Api.RegisterAsync(handler, DateTimeOffset.UtcNow.AddHours(-4));
        await Api.CaseAsync(handler, reference);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandlingDbContext>();
        var @case = await db.Cases.Include(c => c.Timeline).SingleAsync(c => c.Reference == reference);

        @case.Timeline.RemoveAt(0);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string reference, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/cases/{reference}/attachments", form);
    }
}
